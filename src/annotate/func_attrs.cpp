// Attributes of function values (`fn.__name__`, `wrapper.calls += 1`, a registry's
// `plugin.priority`). Python gives every function object a dictionary of its own; RPython's
// annotator reads an attribute of a function as the constant the function object holds after
// import (description.py: a Desc's s_read_attribute). rpy follows RPython where it can: when the
// functions a value may be hold equal values and translated code never stores the attribute, the
// read is that constant. Otherwise, as Python 3 scripts do (counters kept on a decorator's
// wrapper, flags set on registered plugins), each function object's attribute lives in a hidden
// prebuilt object (its field `value`, one per function object and attribute, all of one hidden
// class per attribute name so that their types merge), initialised with the value the function
// held after import: a read or a store through a value that may be several functions picks the
// object of the function it holds at run time (codegen: Emitter::func_attr_holder). Closures made
// by one def at run time share one translated function, so only functions that exist after import
// can hold attributes; a function without the attribute after import is refused, naming it.
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"
#include "modules/loader.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;

// Python 2's func_* names are the same slots as Python 3's dunder names.
static std::string func_attr_name(const std::string& name, bool py2) {
  if (py2 && name == "func_name") return "__name__";
  if (py2 && name == "func_doc") return "__doc__";
  return name;
}

// Slots every function has (their values come from the evaluator's function object).
static bool func_slot(const std::string& name) {
  return name == "__name__" || name == "__qualname__" || name == "__module__" || name == "__doc__";
}

// The program's main module is __main__ under the interpreter (its own name at translation).
static m::Ref main_module_name(m::Interp& in, m::Ref v) {
  const m::ModuleObj* main = in.loader().main_module;
  if (main && v && v->kind == m::ObjKind::Str && v->as<m::StrObj>()->value == main->name) return m::make_str("__main__");
  return v;
}

m::Ref Annotator::func_attr_value(FuncDesc* d, const std::string& name, Loc loc) {
  m::FunctionObj* fn = d->fn();
  m::Ref v;
  if (auto it = fn->attrs.find(name); it != fn->attrs.end()) {
    v = it->second;
  } else if (name == "__qualname__" && !interp_.sources().py3()) {
    return nullptr;  // Python 2 functions have none
  } else if (func_slot(name)) {
    try {
      v = interp_.get_attr_or_null(d->func, name, loc);
    } catch (const m::PyException&) {
      return nullptr;
    } catch (const m::EvalError&) {
      return nullptr;
    }
  }
  return name == "__module__" ? main_module_name(interp_, v) : v;
}

// name as written (Python 2: func_name is __name__).
m::Ref Annotator::func_attr_holder(const FuncDesc* d, const std::string& name) const {
  auto it = func_attr_holders_.find({d, func_attr_name(name, !interp_.sources().py3())});
  return it == func_attr_holders_.end() ? nullptr : it->second;
}

// The hidden object holding function d's attribute `name`, made with its value after import.
m::Ref Annotator::make_func_attr_holder(FuncDesc* d, const std::string& name, const m::Ref& value, Loc loc) {
  if (m::Ref h = func_attr_holder(d, name)) return h;
  m::Interp& in = interp();
  m::Ref& cls = func_attr_classes_[name];
  if (!cls) {
    auto ns = std::make_shared<m::DictObj>();
    cls = in.create_class(nullptr, "function." + name, {}, *ns, d->fn()->module, loc);
  }
  m::Args args;
  m::KwArgs kwargs;
  m::Ref holder = in.instantiate(cls, args, kwargs, loc);
  in.set_attr(holder, "value", value, loc);
  func_attr_holders_[{d, name}] = holder;
  changed_ = true;  // reads annotated as constants so far are read again
  return holder;
}

// Each function's value of the attribute; false (reported) when one has none after import.
bool Annotator::func_attr_values(TypeRef obj, const std::string& name, const std::string& shown, Loc loc, std::vector<m::Ref>& out) {
  for (FuncDesc* d : obj->funcs) {
    m::Ref v = func_attr_value(d, name, loc);
    if (!v) {
      std::string q = d->fn()->name;
      error(loc, "function '" + q + "' holds no attribute '" + shown +
                     "' once the module is imported: rpy keeps the attributes functions hold after import (set after the def, or "
                     "by a decorator applied at import time), and a function made by a def that runs at run time holds none");
      return false;
    }
    out.push_back(v);
  }
  return true;
}

static bool pure_func_receiver(const Expr& x) { return x.op == ExprOp::Local || x.op == ExprOp::Const; }

TypeRef Annotator::func_getattr(Expr& e, TypeRef obj, Graph& g) {
  std::string name = func_attr_name(e.attr, !interp_.sources().py3());
  std::vector<m::Ref> vals;
  if (obj->funcs.empty()) return tt_.impossible();
  if (!func_attr_values(obj, name, e.attr, e.loc, vals)) return tt_.impossible();
  // A value that may be None reads through the holders, whose pick raises AttributeError for None.
  bool same = !func_attrs_stored_.count(name) && !obj->nullable;
  for (auto& v : vals) same = same && m::values_equal(v, vals[0]);
  if (same) {  // RPython's rule: the constant every function holds
    e.value = vals[0];
    return type_of_const(vals[0], e.loc);
  }
  std::vector<m::Ref> holders;
  for (size_t i = 0; i < vals.size(); ++i) holders.push_back(make_func_attr_holder(obj->funcs[i], name, vals[i], e.loc));
  e.value = nullptr;
  if (holders.size() == 1 && !obj->nullable && pure_func_receiver(*e.args[0])) {
    Loc l = e.args[0]->loc;
    e.args[0] = std::make_unique<Expr>(ExprOp::Const, l);
    e.args[0]->value = holders[0];
    e.attr = "value";
    return getattr(e, type_of_const(holders[0], e.loc), g);
  }
  // Several functions (or one that may be None): codegen picks the holder of the one the value
  // holds; e.attr stays as written, for AttributeError's message.
  TypeRef t = tt_.impossible();
  for (auto& h : holders) {
    Expr probe(ExprOp::GetAttr, e.loc);
    probe.attr = "value";
    probe.args.push_back(std::make_unique<Expr>(ExprOp::Const, e.loc));
    probe.args[0]->value = h;
    t = getattr(probe, type_of_const(h, e.loc), g);
  }
  return t;
}

bool Annotator::func_setattr(Stmt& s, TypeRef obj, TypeRef value) {
  if (obj->kind != TypeKind::Function) return false;
  std::string name = func_attr_name(s.attr, !interp_.sources().py3());
  if (obj->funcs.empty()) return true;
  if (name == "__name__" || name == "__qualname__" || name == "__module__" || name == "__doc__" || name == "__dict__" ||
      name == "__code__" || name == "__defaults__") {
    error(s.loc, "assigning a function's '" + s.attr + "' at run time is not supported: set it at import time (in the decorator)");
    return true;
  }
  if (func_attrs_stored_.insert(name).second) changed_ = true;
  std::vector<m::Ref> vals;
  if (!func_attr_values(obj, name, s.attr, s.loc, vals)) return true;
  std::vector<m::Ref> holders;
  for (size_t i = 0; i < vals.size(); ++i) holders.push_back(make_func_attr_holder(obj->funcs[i], name, vals[i], s.loc));
  for (auto& h : holders) setattr(type_of_const(h, s.loc), "value", value, s.loc);
  if (holders.size() == 1 && !obj->nullable && pure_func_receiver(*s.exprs[0])) {
    Loc l = s.exprs[0]->loc;
    s.exprs[0] = std::make_unique<Expr>(ExprOp::Const, l);
    s.exprs[0]->value = holders[0];
    s.attr = "value";
    return true;
  }
  s.attr = name;  // several functions: codegen picks the holder
  return true;
}

}  // namespace rpy::annotate
