// collections.namedtuple in translated code. An instance is a tuple whose type is named by its
// class (Type::const_value of a Tuple): it indexes, unpacks, compares, hashes and concatenates as
// the tuple of its fields, reads its fields by name, and prints with them (`Point(x=1, y=2)`:
// runtime/rpy/namedtuple.hpp). Calling the class calls a function made for it at import time
// (modules/lib/namedtuple.cpp: the fields as parameters, with their defaults), which returns
// collections._rpy_named_tuple(cls, (fields...)): the builtin that names the tuple. A named tuple
// and a plain one (or two named by different classes) are different types, as they print
// differently: a variable holding both is refused.
//
// p._replace(x=v), p._asdict() (Python 3: a dict in field order) and P._make(iterable) become calls
// of functions made for the class at translation time (modules/lib/namedtuple.cpp:
// namedtuple_method), with the receiver as their first argument.
//
// A subclass's methods, properties, static and class methods are called with the tuple as self
// (replace_namedtuple_subclass_call, namedtuple_getattr); its class constants read as constants.
// Not yet: special methods a subclass defines (__repr__, __eq__, ...), Python 2's _asdict() (an
// OrderedDict): refused by name.
#include <algorithm>

#include "annotate/annotator.hpp"
#include "annotate/descs.hpp"
#include "modules/interp.hpp"
#include "modules/lib/modules.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::ExprPtr;
using ir::Graph;

// The class that namedtuple() made, among cls and its bases (it holds _fields and _make).
const m::ClassObj* namedtuple_base(const m::Ref& cls) {
  if (!cls || cls->kind != m::ObjKind::Class) return nullptr;
  for (const m::ClassObj* k : cls->as<m::ClassObj>()->mro)
    if (k && k->builtin_base && k->attrs.count("_fields") && k->attrs.count("_make")) return k;
  return nullptr;
}

// What a namedtuple subclass's body may hold beyond the fields' machinery: its docstring, empty
// __slots__, the names Python 3 and typing.NamedTuple record.
static bool bookkeeping_attr(const std::string& name) {
  return name == "__module__" || name == "__qualname__" || name == "__doc__" || name == "__slots__" || name == "__annotations__" ||
         name == "__orig_bases__" || name == "_field_defaults";
}

static bool dunder(const std::string& name) { return name.size() > 4 && name.rfind("__", 0) == 0 && name.substr(name.size() - 2) == "__"; }

// A subclass's own attribute `name` (among the classes between cls and the namedtuple base), or null.
static m::Ref subclass_attr(const m::Ref& cls, const std::string& name) {
  const m::ClassObj* base = namedtuple_base(cls);
  for (const m::ClassObj* k : cls->as<m::ClassObj>()->mro) {
    if (!k || k == base) break;
    auto it = k->attrs.find(name);
    if (it != k->attrs.end() && !bookkeeping_attr(name)) return it->second;
  }
  return nullptr;
}

// Why instances of namedtuple class cls cannot be translated yet ("" if they can): a subclass may
// add methods, properties, static and class methods and class constants; special methods
// (__repr__, __eq__, __new__, ...) would change how the tuple prints, compares or is made.
static std::string namedtuple_limits(const m::Ref& cls) {
  const m::ClassObj* base = namedtuple_base(cls);
  for (const m::ClassObj* k : cls->as<m::ClassObj>()->mro) {
    if (!k || k == base) break;
    for (auto& name : k->attr_order)
      if (!bookkeeping_attr(name) && k->attrs.count(name) && dunder(name))
        return "class " + k->name + " derives from the namedtuple " + base->name + " and defines '" + name +
               "': translated code supports methods, properties and class constants of namedtuple subclasses, not special "
               "methods yet (write a plain class whose __init__ sets the fields, with __eq__, __hash__ and __repr__ where "
               "the program needs them)";
  }
  return "";
}

bool Annotator::refuse_namedtuple(const m::Ref& cls, Loc loc) {
  if (!namedtuple_base(cls)) return false;
  std::string why = namedtuple_limits(cls);
  if (why.empty()) return false;
  error(loc, why);
  return true;
}

// Point(1, 2): the call becomes a call of the class's factory function.
bool Annotator::replace_namedtuple_class(Expr& e, TypeRef callee) {
  if (!callee || callee->kind != TypeKind::Class || !callee->const_value || !namedtuple_base(callee->const_value)) return false;
  if (refuse_namedtuple(callee->const_value, e.loc)) return false;
  m::Ref f = m::namedtuple_factory(interp_, callee->const_value, e.loc);
  if (!f) return false;
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = f;
  e.args[0] = std::move(c);
  return true;
}

// p._replace(x=1, ...), p._asdict(), P._make(it) (or p._make(it)): the call becomes a call of the
// function namedtuple_method made for p's class; the receiver, evaluated first as in Python,
// becomes its first argument (_make drops a class or a local, whose reading has no effect). A call
// refused here is Refused: it has no value, and nothing more is said of it.
Annotator::Replacement Annotator::replace_namedtuple_method(Expr& e, ir::Graph& g) {
  using R = Replacement;
  if (e.args.empty() || e.args[0]->op != ExprOp::GetAttr || e.args[0]->args.empty()) return R::None;
  Expr& ga = *e.args[0];
  const std::string name = ga.attr;
  bool builtin_method = name == "_replace" || name == "_asdict" || name == "_make";
  if (!builtin_method && (name.empty() || name[0] == '_')) return R::None;
  TypeRef recv = expr(*ga.args[0], g);
  if (!recv || !recv->const_value || (recv->kind != TypeKind::Tuple && recv->kind != TypeKind::Class)) return R::None;
  const m::ClassObj* base = namedtuple_base(recv->const_value);
  if (!base) return R::None;
  bool on_class = recv->kind == TypeKind::Class;
  if (refuse_namedtuple(recv->const_value, e.loc)) return R::Refused;
  if (!builtin_method) return replace_namedtuple_subclass_call(e, recv, g) ? R::Replaced : R::None;
  size_t npos = e.args.size() - 1 - e.kwnames.size();
  auto refuse = [&](const std::string& why) {
    error(e.loc, base->name + "." + name + "(): " + why);
    return R::Refused;
  };
  if (e.star) return refuse("f(*args) is not supported here");
  std::vector<std::string> fields;
  for (auto& f : base->attrs.at("_fields")->as<m::TupleObj>()->items) fields.push_back(f->as<m::StrObj>()->value);
  if (name == "_replace") {
    if (on_class) return refuse("needs an instance (the class's _replace takes self)");
    if (npos != 0) return refuse("takes the fields by name (p._replace(x=1)); Python raises TypeError for positional arguments");
    std::string unknown;
    for (auto& k : e.kwnames)
      if (std::find(fields.begin(), fields.end(), k) == fields.end()) unknown += (unknown.empty() ? "'" : ", '") + k + "'";
    if (!unknown.empty()) return refuse("always raises ValueError: Got unexpected field names: [" + unknown + "]");
  } else if (name == "_asdict") {
    if (on_class) return refuse("needs an instance");
    if (!interp_.sources().py3())
      return refuse("returns an OrderedDict in Python 2, which translated code does not support: build the dict yourself");
    if (npos != 0 || !e.kwnames.empty()) return refuse("takes no arguments");
  } else {
    if (npos != 1 || !e.kwnames.empty()) return refuse("takes one argument, an iterable");
    if (!on_class && ga.args[0]->op != ExprOp::Local && ga.args[0]->op != ExprOp::Const)
      return refuse("call it on the class (" + base->name + "._make(...))");
  }
  m::Ref f = m::namedtuple_method(interp_, recv->const_value, name, e.kwnames, e.loc);
  if (!f) return R::None;
  ir::ExprPtr receiver = std::move(ga.args[0]);
  auto c = std::make_unique<Expr>(ExprOp::Const, e.args[0]->loc);
  c->value = f;
  e.args[0] = std::move(c);
  if (name != "_make") e.args.insert(e.args.begin() + 1, std::move(receiver));
  changed_ = true;
  return R::Replaced;
}

// A method of a namedtuple class gets a graph per class of its receiver, as RPython gives each
// class its own copy of an inherited method: a subclass's tuple prints with its own name, so it
// is a type of its own (specialize:argtype(0), unless the program asked for another rule).
void Annotator::self_specialised(const m::Ref& fn) {
  FuncDesc* d = funcdesc(fn);
  if (d && d->specialize.empty()) {
    d->specialize = "argtype";
    d->spec_args = {0};
  }
}

// p.method(args) -> method(p, args); p.static(args) and C.static(args) -> static(args);
// p.klass(args) and C.klass(args) -> klass(C, args); C.method(p, args) -> method(p, args). A
// receiver dropped from the call must be one whose reading has no effect (a local or a constant).
bool Annotator::replace_namedtuple_subclass_call(Expr& e, TypeRef recv, Graph& g) {
  (void)g;
  Expr& ga = *e.args[0];
  m::Ref v = subclass_attr(recv->const_value, ga.attr);
  if (!v) return false;
  bool on_class = recv->kind == TypeKind::Class;
  m::Ref fn;
  bool keep_receiver = false, pass_class = false;
  if (v->kind == m::ObjKind::Function) {
    fn = v;
    keep_receiver = !on_class;
  } else if (v->kind == m::ObjKind::StaticMethod || v->kind == m::ObjKind::ClassMethod) {
    fn = v->as<m::WrapperObj>()->func;
    pass_class = v->kind == m::ObjKind::ClassMethod;
  } else {
    return false;  // a class constant or a property: read by namedtuple_getattr, then called
  }
  if (!fn || fn->kind != m::ObjKind::Function) return false;
  if (v->kind == m::ObjKind::Function) self_specialised(fn);
  ir::ExprPtr receiver = std::move(ga.args[0]);
  if (!keep_receiver && receiver->op != ExprOp::Local && receiver->op != ExprOp::Const) {
    error(e.loc, "call " + ga.attr + "() on the class " + recv->const_value->as<m::ClassObj>()->name +
                     " or on a variable: rpy does not evaluate this receiver for a static or class method");
    ga.args[0] = std::move(receiver);
    return false;
  }
  auto c = std::make_unique<Expr>(ExprOp::Const, ga.loc);
  c->value = fn;
  e.args[0] = std::move(c);
  if (keep_receiver) {
    e.args.insert(e.args.begin() + 1, std::move(receiver));
  } else if (pass_class) {
    auto k = std::make_unique<Expr>(ExprOp::Const, e.loc);
    k->value = recv->const_value;
    e.args.insert(e.args.begin() + 1, std::move(k));
  }
  changed_ = true;
  return true;
}

// collections._rpy_named_tuple(cls, (values...)): the tuple, named by cls.
TypeRef Annotator::named_tuple_of(Expr& e, std::vector<TypeRef>& args) {
  if (args.size() != 2 || args[0]->kind != TypeKind::Class || !args[0]->const_value || args[1]->kind != TypeKind::Tuple) {
    error(e.loc, "collections._rpy_named_tuple() takes a namedtuple class and a tuple");
    return tt_.impossible();
  }
  return tt_.tuple(args[1]->items, args[0]->const_value);
}

// A namedtuple instance made while the program was imported.
TypeRef Annotator::prebuilt_namedtuple(const m::Ref& v, Loc loc) {
  auto* inst = v->as<m::InstanceObj>();
  if (!namedtuple_base(inst->cls) || !inst->builtin_value || inst->builtin_value->kind != m::ObjKind::Tuple) return nullptr;
  if (refuse_namedtuple(inst->cls, loc)) return tt_.impossible();
  TypeRef t = type_of_const(inst->builtin_value, loc);
  return t->kind == TypeKind::Tuple ? tt_.tuple(t->items, inst->cls) : t;
}

int namedtuple_field(TypeRef t, const std::string& name) {
  if (!t || t->kind != TypeKind::Tuple || !t->const_value) return -1;
  const m::ClassObj* base = namedtuple_base(t->const_value);
  if (!base) return -1;
  auto it = base->attrs.find("_fields");
  if (it == base->attrs.end() || it->second->kind != m::ObjKind::Tuple) return -1;
  auto& fields = it->second->as<m::TupleObj>()->items;
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i]->as<m::StrObj>()->value == name) return static_cast<int>(i);
  return -1;
}

// p.x: the field's item; p._fields: the constant; p.prop: its getter called with p; p.CONST: a
// subclass's class constant; the rest is refused by name.
TypeRef Annotator::namedtuple_getattr(Expr& e, TypeRef obj, Graph& g) {
  if (!obj->const_value) return nullptr;
  int i = namedtuple_field(obj, e.attr);
  if (i >= 0) return obj->items[static_cast<size_t>(i)];
  const m::ClassObj* base = namedtuple_base(obj->const_value);
  if (!base) return nullptr;
  if (e.attr == "_fields") {
    e.value = base->attrs.at("_fields");
    return type_of_const(e.value, e.loc);
  }
  if (m::Ref v = subclass_attr(obj->const_value, e.attr)) {
    if (refuse_namedtuple(obj->const_value, e.loc)) return tt_.impossible();
    if (v->kind == m::ObjKind::Property) {
      auto* p = v->as<m::PropertyObj>();
      if (!p->fget || p->fget->kind != m::ObjKind::Function) {
        error(e.loc, "property '" + e.attr + "' has no getter rpy can call");
        return tt_.impossible();
      }
      self_specialised(p->fget);
      auto callee = std::make_unique<Expr>(ExprOp::Const, e.loc);
      callee->value = p->fget;
      ExprPtr receiver = std::move(e.args[0]);
      e.args.clear();
      e.args.push_back(std::move(callee));
      e.args.push_back(std::move(receiver));
      e.op = ExprOp::Call;
      e.attr.clear();
      e.value = nullptr;
      changed_ = true;
      return call(e, g);
    }
    if (v->kind == m::ObjKind::Function || v->kind == m::ObjKind::StaticMethod || v->kind == m::ObjKind::ClassMethod) {
      error(e.loc, "method '" + e.attr + "' of namedtuple subclass " + obj->const_value->as<m::ClassObj>()->name +
                       " is only supported when called (p." + e.attr + "(...)), not as a value");
      return tt_.impossible();
    }
    e.value = v;  // a class constant
    return type_of_const(e.value, e.loc);
  }
  if (e.attr == "_replace" || e.attr == "_asdict" || e.attr == "_make" || e.attr == "count" || e.attr == "index")
    error(e.loc, "namedtuple " + base->name + "'s method " + e.attr + "() is not supported in translated code yet");
  else
    error(e.loc, "'" + obj->const_value->as<m::ClassObj>()->name + "' object has no attribute '" + e.attr + "'");
  return tt_.impossible();
}

// The text codegen names the C++ type with (runtime/rpy/namedtuple.hpp): the name instances print
// (Python 3: the instance's class, a subclass too; Python 2: the typename given to namedtuple()),
// then the fields.
std::string namedtuple_spec(TypeRef t, bool py2) {
  const m::ClassObj* base = namedtuple_base(t->const_value);
  std::string s = py2 ? base->name : t->const_value->as<m::ClassObj>()->name;
  for (auto& f : base->attrs.at("_fields")->as<m::TupleObj>()->items) s += " " + f->as<m::StrObj>()->value;
  return s;
}

}  // namespace rpy::annotate
