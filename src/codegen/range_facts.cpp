// Range facts of loop indices (issue 12: a script's overflow checks that cannot fire cost
// nothing). `for i in range(n)` then `perm[i + 1]`: i < n <= 2**63 - 1, so i + 1 fits, and the
// generated code computes it without the check. Only locals that nothing else assigns qualify:
// no other assignment, walrus, handler, unpacking or closure cell.
#include "codegen/range_facts.hpp"

#include <algorithm>

#include "annotate/annotator.hpp"

namespace rpy::codegen {

using annotate::BuiltinId;
using ir::Expr;
using ir::ExprOp;
using ir::StmtOp;

namespace {

bool const_int(const Expr& e, int64_t& v) {
  if (e.op != ExprOp::Const || !e.value || e.value->kind != modules::ObjKind::Int) return false;
  v = e.value->as<modules::IntObj>()->value;
  return true;
}

// `range(stop)`, `range(start, stop)`, `range(start, stop, step)` with step a constant > 0
// (args[0] is the callee); nonneg: start omitted or a constant >= 0.
bool upward_range(const Expr& e, bool& nonneg) {
  if (e.op != ExprOp::Call || e.call_kind != ir::CallKind::Builtin || !e.kwnames.empty() || e.star) return false;
  auto id = static_cast<BuiltinId>(e.builtin_id);
  if (id != BuiltinId::Range && id != BuiltinId::XRange) return false;
  int64_t c = 0;
  if (e.args.size() == 4 && !(const_int(*e.args[3], c) && c > 0)) return false;
  if (e.args.size() < 2 || e.args.size() > 4) return false;
  nonneg = e.args.size() == 2 || (const_int(*e.args[1], c) && c >= 0);
  return true;
}

struct Scan {
  RangeIndices candidates;
  std::unordered_map<const ir::Var*, bool> spoiled;

  void expr(const Expr& e) {
    if (e.op == ExprOp::SetLocal && e.var) spoiled[e.var] = true;
    for (const auto& a : e.args)
      if (a) expr(*a);
    for (const auto& d : e.defaults)
      if (d) expr(*d);
    block(e.body);
  }
  void block(const ir::Block& b) {
    for (const auto& s : b) {
      bool nonneg = false;
      if (s->op == StmtOp::For && s->var && !s->exprs.empty() && s->exprs[0] && upward_range(*s->exprs[0], nonneg)) {
        auto [it, fresh] = candidates.emplace(s->var, nonneg);
        if (!fresh) it->second = it->second && nonneg;
      } else if (s->var) {
        spoiled[s->var] = true;  // any other statement that binds a variable
      }
      for (const auto& x : s->exprs)
        if (x) expr(*x);
      for (const auto& h : s->handlers) {
        if (h.var) spoiled[h.var] = true;
        for (const auto& c : h.classes) expr(*c);
        block(h.body);
      }
      block(s->body);
      block(s->orelse);
      block(s->finalbody);
    }
  }
};

}  // namespace

RangeIndices range_indices(const ir::Graph& g) {
  Scan scan;
  scan.block(g.body);
  RangeIndices out;
  for (auto [v, nonneg] : scan.candidates) {
    if (scan.spoiled.count(v) || v->is_param || v->boxed || v == g.vararg || v == g.self_var) continue;
    if (std::find(g.captured.begin(), g.captured.end(), v) != g.captured.end()) continue;
    out.emplace(v, nonneg);
  }
  return out;
}

bool add_sub_cannot_overflow(const Expr& e, const RangeIndices& facts) {
  if (e.op != ExprOp::BinOp || e.args.size() != 2) return false;
  if (e.binop != syntax::BinOp::Add && e.binop != syntax::BinOp::Sub) return false;
  const Expr* v = e.args[0].get();
  const Expr* k = e.args[1].get();
  if (e.binop == syntax::BinOp::Add && v->op == ExprOp::Const) std::swap(v, k);
  int64_t c = 0;
  if (v->op != ExprOp::Local || !v->var || !const_int(*k, c)) return false;
  auto it = facts.find(v->var);
  if (it == facts.end()) return false;
  bool nonneg = it->second;
  if (e.binop == syntax::BinOp::Sub) {
    if (c == INT64_MIN) return false;
    c = -c;
  }
  // v <= 2**63 - 2 always; v >= 0 when nonneg (then v + c >= c >= -2**63 for any c < 0)
  return c <= 1 && (c >= 0 || nonneg);
}

}  // namespace rpy::codegen
