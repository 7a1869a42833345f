// Classes as values: `cls = A if x else B; cls(...)`, lists/dicts of classes, `type(x)`,
// `x.__class__`, `type(x) is C`, `cls.attr`. One class is a constant type (TypeKind::Class with
// const_value); several classes are a class set (TypeKind::Class without const_value: `items` holds
// the members' constant types, ordered by ClassDef id, `cls` their nearest common base). At run
// time a class set value is the ClassDef id (int32); instantiation and attribute reads switch on it.
#include <set>

#include "annotate/annotator.hpp"

#include <algorithm>

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
    for (TypeRef x : ms) base = common_base_of(base, ann->classdef(x->const_value));
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
    cd->instantiated = true;
    if (mt->const_value && mt->const_value->kind == m::ObjKind::Class && refuse_own_new(mt->const_value->as<m::ClassObj>(), e.loc))
      return types().impossible();
    ClassDef* where = nullptr;
    m::Ref init = lookup_class_attr(cd, "__init__", &where);
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
    ir::Graph* tg = graph_for(fd, argtypes, e.loc);
    e.targets.push_back(tg);
    call_graphs(e, {tg}, tt_.instance(where), g);
  }
  return tt_.instance(callee->cls);
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
    else
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
        n = inst->dictdef->find()->is_set ? "set" : "dict";
        break;
      case TypeKind::Tuple:
        n = "tuple";
        break;
      default:
        break;
    }
    auto& b = interp_.builtins()->attrs;
    if (n && b.count(n)) return type_of_const(b.at(n), e.loc);
    if (inst->kind == TypeKind::Number) {
      error(e.loc, "type() of " + describe(inst) +
                       " (values of several kinds merged here) is not supported: its class is known only at "
                       "run time; test it with isinstance(x, float)");
      return tt_.impossible();
    }
    error(e.loc, "type() of " + describe(inst) + " is not supported (only of instances)");
    return tt_.impossible();
  }
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

}  // namespace rpy::annotate
