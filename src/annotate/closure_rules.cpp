// Closures: nested functions that read locals of their enclosing function (closure conversion in
// ir/lower.cpp). A MakeClosure node captures the current values of those locals, or, for a local
// that is rebound (a boxed one), its cell; every graph of the nested function reads them from its
// environment.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

TypeRef Annotator::make_closure(ir::Expr& e, ir::Graph& g) {
  FuncDesc* d = funcdesc(e.value);
  auto* fo = d->fn();
  d->captured_types.resize(fo->captured.size(), nullptr);
  d->captured_origins.resize(fo->captured.size());
  for (size_t i = 0; i < e.args.size() && i < fo->captured.size(); ++i) {
    TypeRef t = expr(*e.args[i], g);
    // A boxed variable is shared through its cell: the closure sees the variable's whole type.
    if (i < fo->captured_boxed.size() && fo->captured_boxed[i] && e.args[i]->op == ir::ExprOp::Local && e.args[i]->var->type)
      t = e.args[i]->var->type;
    merge_into(d->captured_types[i], d->captured_origins[i], t, e.args[i]->loc,
               "the captured variable '" + fo->captured[i] + "' of " + d->qualname);
  }
  for (auto& [key, graph] : d->graphs) bind_captured(d, *graph);
  return tt_.functions({d});
}

void Annotator::bind_captured(FuncDesc* d, ir::Graph& g) {
  for (size_t i = 0; i < g.captured.size() && i < d->captured_types.size(); ++i)
    if (d->captured_types[i]) assign_var(g.captured[i], d->captured_types[i], g.loc);
  if (g.self_var) assign_var(g.self_var, tt_.functions({d}), g.loc);
}

}  // namespace rpy::annotate
