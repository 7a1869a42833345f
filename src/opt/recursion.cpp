// Cycles of the call graph (see recursion.hpp).
#include "opt/recursion.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace rpy::opt {

using ir::Block;
using ir::Expr;
using ir::Graph;

namespace {

void callees(const Expr& e, std::vector<Graph*>& out);
void callees(const Block& b, std::vector<Graph*>& out) {
  for (auto& s : b) {
    for (auto& x : s->exprs)
      if (x) callees(*x, out);
    for (auto& h : s->handlers) {
      for (auto& c : h.classes) callees(*c, out);
      callees(h.body, out);
    }
    callees(s->body, out);
    callees(s->orelse, out);
    callees(s->finalbody, out);
  }
}
void callees(const Expr& e, std::vector<Graph*>& out) {
  out.insert(out.end(), e.targets.begin(), e.targets.end());
  for (auto& a : e.args)
    if (a) callees(*a, out);
  for (auto& d : e.defaults)
    if (d) callees(*d, out);
  callees(e.body, out);
}

}  // namespace

void mark_recursive(const std::vector<Graph*>& graphs) {
  std::unordered_map<const Graph*, std::vector<Graph*>> edges;
  for (Graph* g : graphs) callees(g->body, edges[g]);
  // Tarjan's strongly connected components, iteratively deep enough for any program.
  std::unordered_map<const Graph*, int> index, low;
  std::unordered_map<const Graph*, bool> on_stack;
  std::vector<Graph*> stack;
  int counter = 0;
  std::function<void(Graph*)> visit = [&](Graph* v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack[v] = true;
    for (Graph* w : edges[v]) {
      if (!index.count(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack[w]) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] != index[v]) return;
    std::vector<Graph*> scc;
    Graph* w = nullptr;
    do {
      w = stack.back();
      stack.pop_back();
      on_stack[w] = false;
      scc.push_back(w);
    } while (w != v);
    bool self_loop = std::find(edges[v].begin(), edges[v].end(), v) != edges[v].end();
    if (scc.size() > 1 || self_loop)
      for (Graph* x : scc) x->recursive = true;
  };
  for (Graph* g : graphs)
    if (!index.count(g)) visit(g);
}

}  // namespace rpy::opt
