// Builtins as values of the program: a builtin function (min, len, operator.add) that merges with
// another builtin or with a function of the program (`[min, max]`, `{'+': operator.add, 'max':
// max}`, `op = None ... op = max`) becomes a function value. Its function is rpy's wrapper
// lib/std/_rpy_call.py as_function(builtin), made once per builtin when first needed: a function
// of *args that calls the builtin with them, so each call through the value is an ordinary call of
// a function set (one graph of the wrapper per number and types of arguments), and the builtin's
// own rules type that call. A builtin alone keeps its constant type (`f = len`, `key=len`).
#include "annotate/annotator.hpp"
#include "modules/interp.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

FuncDesc* Annotator::builtin_as_function(const m::Ref& builtin, bool create) {
  if (!builtin || builtin->kind != m::ObjKind::Builtin || builtin->as<m::BuiltinObj>()->impl) return nullptr;
  auto it = builtin_functions_.find(builtin.get());
  if (it != builtin_functions_.end()) return funcdesc(it->second);
  if (!create) return nullptr;
  m::Ref maker = lib_function(interp_, "_rpy_call", "as_function", {});
  if (!maker) return nullptr;
  m::Ref fn;
  try {
    fn = interp_.call(maker, {builtin}, {}, {});
  } catch (const m::PyException&) {
    return nullptr;
  } catch (const m::EvalError&) {
    return nullptr;
  }
  if (!fn || fn->kind != m::ObjKind::Function) return nullptr;
  auto* fo = fn->as<m::FunctionObj>();
  // Messages and C++ names show the builtin; __name__ is Python's (operator.add.__name__ is 'add').
  fo->qualname = builtin->as<m::BuiltinObj>()->name;
  fo->name = fo->qualname.substr(fo->qualname.rfind('.') + 1);
  builtin_functions_.emplace(builtin.get(), fn);
  mark_changed();
  return funcdesc(fn);
}

static bool takes_only_star_args(const FuncDesc* d) {
  const syntax::Arguments& a = *d->fn()->args;
  return a.args.empty() && !a.vararg.empty() && a.kwonly.empty() && a.kwarg.empty();
}

FuncDesc* Annotator::binding_function(const std::vector<FuncDesc*>& fs) const {
  for (FuncDesc* d : fs)
    if (!takes_only_star_args(d)) return d;
  return fs[0];
}

bool Annotator::spreads_into_star_args(const ir::Expr& e, const FuncDesc* d) {
  if (e.call_kind != ir::CallKind::Indirect || !d || !takes_only_star_args(d)) return false;
  TypeRef callee = e.args[0]->type;
  return callee && callee->kind == TypeKind::Function && !takes_only_star_args(binding_function(callee->funcs));
}

std::vector<TypeRef> Annotator::star_argtypes(const ir::Expr& e, const std::vector<TypeRef>& argtypes) {
  std::vector<TypeRef> items;
  if (!e.kwnames.empty()) {  // Python raises TypeError in the function of *args, which rpy does not
    error(e.loc,
          "this call passes keyword arguments, but a function it may call takes only *args (or is a builtin kept as a value); "
          "pass the arguments by position");
    return {types().impossible()};
  }
  for (size_t i = 0; i < argtypes.size(); ++i) {
    if (is_default_arg(e, i)) {
      error(e.loc,
            "this call leaves a parameter to its default, but a function it may call takes only *args (or is a builtin kept as a "
            "value); pass every argument");
      return {types().impossible()};
    }
    items.push_back(argtypes[i] ? argtypes[i] : types().impossible());
  }
  return {types().tuple(items)};
}

bool union_builtin_values(TypeTable& tt, TypeRef a, TypeRef b, Annotator* ann, UnionResult& out) {
  bool builtin_a = a->kind == TypeKind::Builtin, builtin_b = b->kind == TypeKind::Builtin;
  if (!ann || (!builtin_a && !builtin_b)) return false;
  TypeRef other = builtin_a ? b : a;
  if (other->kind != TypeKind::Builtin && other->kind != TypeKind::Function && other->kind != TypeKind::None) return false;
  auto as_function = [&](TypeRef t) -> TypeRef {
    if (t->kind != TypeKind::Builtin) return t;
    FuncDesc* d = ann->builtin_as_function(t->const_value);
    return d ? tt.functions({d}) : nullptr;
  };
  TypeRef x = as_function(a), y = as_function(b);
  if (!x || !y) return false;
  out = union_types(tt, x, y, ann);
  return true;
}

}  // namespace rpy::annotate
