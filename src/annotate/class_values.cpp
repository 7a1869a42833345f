// Classes as values: `cls = A if x else B; cls(...)`, lists/dicts of classes, `type(x)`,
// `x.__class__`, `type(x) is C`, `cls.attr`. One class is a constant type (TypeKind::Class with
// const_value); several classes are a class set (TypeKind::Class without const_value: `items` holds
// the members' constant types, ordered by ClassDef id, `cls` their nearest common base). At run
// time a class set value is the ClassDef id (int32); instantiation and attribute reads switch on it.
#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

std::vector<TypeRef> class_members(TypeRef t) {
  if (!t || t->kind != TypeKind::Class) return {};
  if (t->const_value) return {t};
  return t->items;
}

TypeRef TypeTable::class_set(std::vector<TypeRef> members, ClassDef* base, Annotator* ann) {
  if (ann)
    std::sort(members.begin(), members.end(),
              [&](TypeRef a, TypeRef b) { return ann->classdef(a->const_value)->id < ann->classdef(b->const_value)->id; });
  members.erase(std::unique(members.begin(), members.end()), members.end());
  Type t;
  t.kind = TypeKind::Class;
  t.items = std::move(members);
  t.cls = base;
  return intern(t);
}

static ClassDef* common_base_of(ClassDef* a, ClassDef* b) {
  if (!a || !b) return nullptr;
  for (ClassDef* x = a; x; x = x->base)
    if (b->is_subclass_of(x)) return x;
  return nullptr;
}

UnionResult union_classes(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann) {
  std::vector<TypeRef> ms = class_members(a);
  for (TypeRef x : class_members(b)) ms.push_back(x);
  ClassDef* base = nullptr;
  if (ann) {
    base = ann->classdef(ms[0]->const_value);
    for (TypeRef x : ms) {
      ClassDef* other = ann->classdef(x->const_value);
      ClassDef* common = common_base_of(base, other);
      if (!common && base && other && !base->is_exception && !other->is_exception) {
        ann->object_root();  // Python's common base of every class (class_root.cpp)
        common = common_base_of(base, other);
      }
      base = common;
    }
  } else {
    base = a->cls ? a->cls : b->cls;
  }
  return {tt.class_set(ms, base, ann), ""};
}

// cls(args) for a class set: every member is instantiated (its __init__ annotated with the
// arguments); the result is an instance of the members' common base.
TypeRef Annotator::instantiate_any(ir::Expr& e, TypeRef callee, ir::Graph& g) {
  if (!callee->cls) {
    error(e.loc, "calling " + describe(callee) + ": the classes have no common base class");
    return tt_.impossible();
  }
  e.call_kind = ir::CallKind::InstantiateAny;
  e.cls = callee->cls;
  e.targets.clear();
  const m::FunctionObj* bound_init = nullptr;
  for (TypeRef mt : callee->items) {
    ClassDef* cd = classdef(mt->const_value);
    mark_instantiated(cd);
    if (mt->const_value && mt->const_value->kind == m::ObjKind::Class && refuse_own_new(mt->const_value->as<m::ClassObj>(), e.loc))
      return types().impossible();
    ClassDef* where = nullptr;
    m::Ref init = lookup_class_attr(cd, "__init__", &where);
    if (cd->is_exception)  // its args (exc_args_rules.cpp)
      note_exc_construction(e, cd, init && init->kind == m::ObjKind::Function ? init->as<m::FunctionObj>() : nullptr);
    if (!init || init->kind != m::ObjKind::Function) {
      if (e.args.size() > 1 && !cd->is_exception) error(e.loc, cd->name + "() takes no arguments (the class has no __init__)");
      e.targets.push_back(nullptr);
      continue;
    }
    auto* fo = init->as<m::FunctionObj>();
    if (!bound_init) {
      if (!bind_args(e, *fo, true, g)) return tt_.instance(callee->cls);
      bound_init = fo;
    } else if (fo != bound_init && fo->args->args.size() != bound_init->args->args.size()) {
      error(e.loc, "the classes called through this class value have __init__ methods with different parameters (" + bound_init->qualname +
                       " and " + fo->qualname + ")");
      return tt_.instance(callee->cls);
    }
    FuncDesc* fd = funcdesc(init);
    fd->method_of = where;
    std::vector<TypeRef> argtypes{tt_.instance(where)};
    for (size_t i = 1; i < e.bound.size(); ++i) argtypes.push_back(e.bound[i] ? e.bound[i]->type : nullptr);
    ir::Graph* tg = graph_for(fd, argtypes, e.loc, nullptr, receiver_in_vararg(*fo));
    e.targets.push_back(tg);
    call_graphs(e, {tg}, tt_.instance(where), g);
  }
  return tt_.instance(callee->cls);
}

// str()/repr() of a class value (print(C), f"{cls}", "%s" % type(x)): Python's text for each
// class, as the evaluator shows it (<class '__main__.C'>; 2.7's classic classes: __main__.C,
// whose repr shows an address and is refused), read as the class attribute `__rpy_str__` or
// `__rpy_repr__` (one constant per member of a class set; the value still runs for its effects).
m::Ref Annotator::class_text(ClassDef* cd, const std::string& attr, Loc loc) {
  const bool repr = attr == "__rpy_repr__";
  const m::Ref& cls = cd->cls;
  if (!cls || cls->kind != m::ObjKind::Class) return nullptr;
  const auto* co = cls->as<m::ClassObj>();
  if (co->metaclass) {
    error(loc, "str() or repr() of class " + cd->name + ", whose metaclass may define its text, is not supported; print its __name__");
    return nullptr;
  }
  if (repr && !co->new_style) {
    error(loc, "repr() of the classic class " + cd->name +
                   " is not supported (Python 2 shows its address, which differs on every run); print its __name__ or str() of it");
    return nullptr;
  }
  std::string text = repr ? interp_.repr_of(cls, loc) : interp_.str_of(cls, loc);
  // The program's main module is __main__ under the interpreter (its own name at translation).
  const m::ModuleObj* main = interp_.loader().main_module;
  if (co->module && co->module == main) {
    const std::string dotted = main->name + ".";
    if (auto at = text.find(dotted); at != std::string::npos && (at == 0 || text[at - 1] == '\''))
      text = text.substr(0, at) + "__main__." + text.substr(at + dotted.size());
  }
  if (const std::string b = "'builtins."; co->is_builtin_exception && text.find(b) != std::string::npos)
    text.replace(text.find(b), b.size(), "'");  // Python 3 names its builtin classes without their module
  return m::make_str(text);
}

// A class value where its text is wanted (conversion 'r': repr, 's' or 0: str) becomes the read
// of its text; true when `slot` was such a value.
bool Annotator::class_value_as_text(ir::ExprPtr& slot, char conv, ir::Graph& g) {
  if (!slot || !slot->type || slot->type->kind != TypeKind::Class) return false;
  auto read = std::make_unique<ir::Expr>(ir::ExprOp::GetAttr, slot->loc);
  read->attr = conv == 'r' ? "__rpy_repr__" : "__rpy_str__";
  read->args.push_back(std::move(slot));
  slot = std::move(read);
  expr(*slot, g);
  return true;
}

// print(C), str(C), repr(C): the class value's text; repr() of it is then str() of the text.
// True when the call changed (it is annotated again).
bool Annotator::printed_class_values(BuiltinId id, ir::Expr& e, std::vector<TypeRef>& args, ir::Graph& g) {
  if (e.star) return false;
  const size_t npos = e.args.size() - 1 - e.kwnames.size();
  bool changed = false;
  for (size_t i = 0; i < npos && i < args.size() && (i == 0 || id == BuiltinId::Print); ++i)
    if (class_value_as_text(e.args[1 + i], id == BuiltinId::Repr ? 'r' : 's', g)) {
      args[i] = e.args[1 + i]->type;
      changed = true;
    }
  if (!changed || id != BuiltinId::Repr) return false;
  auto it = interp_.builtins()->attrs.find("str");
  if (it == interp_.builtins()->attrs.end()) return false;
  auto callee = std::make_unique<ir::Expr>(ir::ExprOp::Const, e.args[0]->loc);
  callee->value = it->second;
  e.args[0] = std::move(callee);
  reset_call(e);
  return true;
}

namespace {

// The conversions of a constant % format, in the order of their arguments ('s', 'r', 'd'...),
// with their offsets in `at`; false when an argument is not a conversion's (a `*` width, a
// mapping key).
bool percent_conversions(const std::string& f, std::string& out, std::vector<size_t>& at) {
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') continue;
    if (++i < f.size() && f[i] == '%') continue;
    if (i < f.size() && f[i] == '(') return false;
    while (i < f.size() && std::string_view("#0- +").find(f[i]) != std::string_view::npos) ++i;
    while (i < f.size() && (std::isdigit(static_cast<unsigned char>(f[i])) || f[i] == '.')) ++i;
    if (i < f.size() && f[i] == '*') return false;
    while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i < f.size()) {
      out += f[i];
      at.push_back(i);
    }
  }
  return true;
}

}  // namespace

bool has_class_value(TypeRef t) {
  if (t && t->kind == TypeKind::Tuple)
    for (TypeRef x : t->items)
      if (x && x->kind == TypeKind::Class) return true;
  return t && t->kind == TypeKind::Class;
}

// str % args with class values among the args: each becomes its text where its conversion is
// %s; a %r (which would quote the text) or a format rpy cannot read is refused.
void Annotator::percent_class_values(ir::Expr& e, ir::Graph& g) {
  ir::Expr& args = *e.args[1];
  std::vector<ir::ExprPtr*> slots;
  if (args.op == ir::ExprOp::MakeTuple)
    for (auto& a : args.args) slots.push_back(&a);
  else
    slots.push_back(&e.args[1]);
  std::string convs;
  std::vector<size_t> at;
  const ir::Expr& f = *e.args[0];
  const bool known = f.op == ir::ExprOp::Const && f.value && f.value->kind == m::ObjKind::Str &&
                     percent_conversions(f.value->as<m::StrObj>()->value, convs, at);
  std::string format = known ? f.value->as<m::StrObj>()->value : std::string();
  bool changed = false;
  for (size_t i = 0; i < slots.size(); ++i) {
    ir::ExprPtr& slot = *slots[i];
    if (!slot->type || slot->type->kind != TypeKind::Class) continue;
    if (!known || i >= convs.size() || (convs[i] != 's' && convs[i] != 'r')) {
      error(slot->loc, "a class value in a % format is supported with %s or %r in a constant format only (Python shows <class '...'>)");
      continue;
    }
    if (!class_value_as_text(slot, convs[i], g)) continue;
    changed = true;
    format[at[i]] = 's';  // %r of the class: its text, as is
  }
  if (changed && format != f.value->as<m::StrObj>()->value) {
    auto c = std::make_unique<ir::Expr>(ir::ExprOp::Const, f.loc);
    c->value = m::make_str(format);
    e.args[0] = std::move(c);
    expr(*e.args[0], g);
  }
  if (changed && args.op == ir::ExprOp::MakeTuple) expr(args, g);
}

// cls.name for a class set: the member classes' attributes (Const nodes in e.defaults, one per
// member); the type is their union.
TypeRef Annotator::class_set_attr(ir::Expr& e, TypeRef obj) {
  e.defaults.clear();
  e.value = nullptr;
  TypeRef result = tt_.impossible();
  for (TypeRef mt : obj->items) {
    ClassDef* cd = classdef(mt->const_value);
    m::Ref v;
    if (e.attr == "__name__")
      v = m::make_str(cd->name);
    else if (e.attr == "__rpy_str__" || e.attr == "__rpy_repr__") {
      if (!(v = class_text(cd, e.attr, e.loc))) return tt_.impossible();
    } else
      v = lookup_class_attr(cd, e.attr);
    if (!v) {
      // As in RPython, only some of the classes may have it: reading it from one that does not
      // raises AttributeError, as Python does (a placeholder without a value).
      auto c = std::make_unique<ir::Expr>(ir::ExprOp::Const, e.loc);
      c->type = tt_.impossible();
      e.defaults.push_back(std::move(c));
      continue;
    }
    if (v->kind == m::ObjKind::Function) {
      error(e.loc, "reading method '" + e.attr + "' from a class value of several classes is not supported");
      return tt_.impossible();
    }
    auto c = std::make_unique<ir::Expr>(ir::ExprOp::Const, e.loc);
    c->value = v;
    c->type = type_of_const(v, e.loc);
    UnionResult u = union_types(tt_, result, c->type, this);
    if (!u.type) {
      error(e.loc, "attribute '" + e.attr + "' of the classes in " + describe(obj) + " has incompatible types: " + u.why);
      return tt_.impossible();
    }
    result = u.type;
    e.defaults.push_back(std::move(c));
  }
  if (result->kind == TypeKind::Impossible && !obj->items.empty())
    error(e.loc, "no class in " + describe(obj) + " has an attribute '" + e.attr + "'");
  return result;
}

// type(x) / x.__class__ of an instance: the set of classes x may be an instance of.
TypeRef Annotator::class_of(ir::Expr& e, TypeRef inst) {
  e.call_kind = ir::CallKind::ClassOf;
  if (!inst || inst->kind == TypeKind::Impossible) return tt_.impossible();
  if (inst->kind != TypeKind::Instance) {
    // type(3) is int: the builtin type object, a constant (compared statically).
    const char* n = nullptr;
    switch (inst->nullable ? TypeKind::Impossible : inst->kind) {
      case TypeKind::Bool:
        n = "bool";
        break;
      case TypeKind::Int:
        n = "int";
        break;
      case TypeKind::Float:
        n = "float";
        break;
      case TypeKind::Char:
      case TypeKind::Str:
        n = "str";
        break;
      case TypeKind::UniChar:
      case TypeKind::Unicode:
        n = "unicode";
        break;
      case TypeKind::List:
        n = "list";
        break;
      case TypeKind::Dict:
        if (inst->dictdef->find()->is_set && inst->dictdef->find()->may_freeze) {
          error(e.loc, "type() of " + describe(inst) +
                           " that may be a frozenset is not supported: its class is known only at run time; test it with "
                           "isinstance(x, frozenset)");
          return tt_.impossible();
        }
        n = inst->dictdef->find()->is_set ? "set" : "dict";
        break;
      case TypeKind::Tuple:
        if (inst->const_value) return type_of_const(inst->const_value, e.loc);  // a namedtuple: its one class
        n = "tuple";
        break;
      default:
        break;
    }
    auto& b = interp_.builtins()->attrs;
    if (n && b.count(n)) return type_of_const(b.at(n), e.loc);
    if (inst->kind == TypeKind::Number) {
      error(e.loc, "type() of " + describe(inst) +
                       " (values of several kinds merged here) is not supported here: its class is known only at "
                       "run time; rpy accepts it compared with a class (type(x) is float, type(x) == int) and as type(x).__name__ "
                       "of a variable x, or test it with isinstance(x, float)");
      return tt_.impossible();
    }
    error(e.loc, "type() of " + describe(inst) + " is not supported (only of instances)");
    return tt_.impossible();
  }
  // A Python 3 range object (lib/std/_rpy_range.py, range_rules.cpp): its class is the builtin
  // range (type(r) is range, print(type(r)) shows <class 'range'>).
  if (is_range_object(inst) && !inst->nullable && interp_.builtins()->attrs.count("range"))
    return type_of_const(interp_.builtins()->attrs.at("range"), e.loc);
  if (inst->cls->is_exception) {
    // The runtime raises builtin exceptions (IndexError, KeyError...) that the program may never
    // name: each one below the static class is a possible value.
    static const std::set<std::string> runtime_classes = {
#define EXC(name, base) #name,
#include "rpy/exceptions.def"
#undef EXC
    };
    auto* top = inst->cls->cls->as<m::ClassObj>();
    for (auto& [name, v] : interp_.builtins()->attrs)
      if (v && v->kind == m::ObjKind::Class && runtime_classes.count(name)) {
        auto* co = v->as<m::ClassObj>();
        if (co->is_builtin_exception && co->name == name && co->is_subclass_of(top)) classdef(v);
      }
  }
  std::vector<TypeRef> ms;
  for (ClassDef* c : class_order_)
    // The runtime raises builtin exceptions (IndexError, ZeroDivisionError...) itself.
    if ((!c->builtin || c->is_exception) && c->is_subclass_of(inst->cls)) ms.push_back(tt_.constant(TypeKind::Class, c->cls));
  if (ms.empty()) return tt_.impossible();
  return tt_.class_set(ms, inst->cls, this);
}

// A class value where `x is C` held (is) or failed: C itself, or the members other than C (one
// left: that constant class). Values of other kinds are left alone (an instance is never a class).
TypeRef Annotator::narrow_class_value(TypeRef t, bool is, const ir::Expr* cls) {
  if (!cls || !cls->value || t->kind != TypeKind::Class) return t;
  const m::Ref& c = cls->value;
  if (t->const_value) return (t->const_value == c) == is ? t : tt_.impossible();
  std::vector<TypeRef> rest;
  bool member = false;
  for (TypeRef mt : t->items)
    if (mt->const_value == c)
      member = true;
    else
      rest.push_back(mt);
  if (is) return member ? tt_.constant(TypeKind::Class, c) : tt_.impossible();
  if (!member) return t;
  // Where `x is not C` holds, x may still be None when it could be before.
  if (rest.empty()) return t->nullable ? tt_.none() : tt_.impossible();
  return tt_.with_nullable(rest.size() == 1 ? rest[0] : tt_.class_set(rest, t->cls, this), t->nullable);
}

}  // namespace rpy::annotate
