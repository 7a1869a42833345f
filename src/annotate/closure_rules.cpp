// Closures: nested functions that read locals of their enclosing function (closure conversion in
// ir/lower.cpp). A MakeClosure node captures the current values of those locals, or, for a local
// that is rebound after the def or by a nested function (`nonlocal`: a boxed one), its cell; every
// graph of the nested function reads them from its environment. A cell has one type in every
// function that shares it: the union of the assignments in all of them.
#include "annotate/annotator.hpp"

namespace rpy::annotate {

namespace m = rpy::modules;

TypeRef Annotator::make_closure(ir::Expr& e, ir::Graph& g) {
  FuncDesc* d = funcdesc(e.value);
  auto* fo = d->fn();
  d->captured_types.resize(fo->captured.size(), nullptr);
  d->captured_origins.resize(fo->captured.size());
  for (size_t i = 0; i < e.args.size() && i < fo->captured.size(); ++i) {
    ir::Expr& a = *e.args[i];
    if (i < fo->captured_boxed.size() && fo->captured_boxed[i] && a.op == ir::ExprOp::Local) {
      // A cell, not a read of its value (it may be unbound yet): the variable's whole type is
      // the cell's, and assignments in the nested function (`nonlocal`) widen it.
      ir::Var* v = a.var;
      for (auto& [key, graph] : d->graphs)
        if (i < graph->captured.size() && graph->captured[i]->type) assign_var(v, graph->captured[i]->type, graph->captured[i]->loc);
      if (d->captured_types[i]) assign_var(v, d->captured_types[i], a.loc);  // the cells of other frames (specialised graphs)
      a.type = v->type;
      if (v->type)
        merge_into(d->captured_types[i], d->captured_origins[i], v->type, a.loc,
                   "the captured variable '" + fo->captured[i] + "' of " + d->qualname);
      continue;
    }
    TypeRef t = expr(a, g);
    merge_into(d->captured_types[i], d->captured_origins[i], t, a.loc, "the captured variable '" + fo->captured[i] + "' of " + d->qualname);
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
