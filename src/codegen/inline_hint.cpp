// The `inline` declaration of small generated functions (issue 12: code that inlines). Without
// it, g++ -O2 inlines a function not declared inline only up to about 30 of its instructions
// (--param=max-inline-insns-auto, toolchain/), and a script's overflow checks put spectral-norm's
// three-line eval_a just above: every inner-loop iteration made a call (0.57 s against C++'s
// 0.19 s). RPython inlines such graphs itself before generating C; rpy marks them and lets the C++
// compiler do it.
#include "codegen/inline_hint.hpp"

namespace rpy::codegen {

using ir::Expr;
using ir::ExprOp;
using ir::StmtOp;

namespace {

constexpr int kInlineWeight = 32;  // RPython's DEFL_INLINE_THRESHOLD is 32.4

// Adds e's nodes to `weight`; false when e holds a loop of its own (a comprehension).
bool weigh_expr(const Expr& e, int& weight) {
  if (e.op == ExprOp::Comp || !e.body.empty()) return false;
  ++weight;
  for (const auto& a : e.args)
    if (a && !weigh_expr(*a, weight)) return false;
  for (const auto& d : e.defaults)
    if (d && !weigh_expr(*d, weight)) return false;
  return weight <= kInlineWeight;
}

bool weigh_block(const ir::Block& b, int& weight) {
  for (const auto& s : b) {
    if (s->op == StmtOp::While || s->op == StmtOp::For || s->op == StmtOp::Try) return false;
    ++weight;
    for (const auto& x : s->exprs)
      if (x && !weigh_expr(*x, weight)) return false;
    if (!weigh_block(s->body, weight) || !weigh_block(s->orelse, weight) || !weigh_block(s->finalbody, weight)) return false;
    if (weight > kInlineWeight) return false;
  }
  return true;
}

}  // namespace

bool declare_inline(const ir::Graph& g) {
  if (g.is_generator || g.recursive) return false;
  int weight = 0;
  return weigh_block(g.body, weight);
}

}  // namespace rpy::codegen
