// Runs of upper bound checks on one base merged into the first (docs/JIT.md 11; intbounds.hpp).
#include <map>
#include <tuple>

#include "jit/intbounds.hpp"

namespace rpy::jit {

namespace {

constexpr int64_t kSmall = int64_t{1} << 61;

// A guard that checks x < L: guard_false(int_le(L, x)), guard_true(int_lt(x, L)), ...
bool upper_check(const Trace& t, const ResOp& g, TraceRef* x, TraceRef* bound) {
  if ((g.opnum != ROP_guard_true && g.opnum != ROP_guard_false) || g.args[0].tag() != TraceRef::kOp) return false;
  const ResOp& c = t.ops[g.args[0].index()];
  bool want = g.opnum == ROP_guard_true;
  switch (c.opnum) {
    case ROP_int_lt:  // x < L holds
      if (!want) return false;
      *x = c.args[0], *bound = c.args[1];
      return true;
    case ROP_int_gt:  // L > x holds
      if (!want) return false;
      *x = c.args[1], *bound = c.args[0];
      return true;
    case ROP_int_le:  // not L <= x
      if (want) return false;
      *x = c.args[1], *bound = c.args[0];
      return true;
    case ROP_int_ge:  // not x >= L
      if (want) return false;
      *x = c.args[0], *bound = c.args[1];
      return true;
    default:
      return false;
  }
}

struct Run {
  size_t head;           // the first check's guard
  TraceRef base, bound;  // base + k < bound
  int64_t head_k, kmax;
  int64_t base_lo;              // what was known of the base at the head
  std::vector<size_t> members;  // the later checks, implied by base < bound - kmax
};

}  // namespace

void hoist_bound_checks(Trace& t, const std::vector<TraceRef>& loop_lengths) {
  // Find the runs, region by region (a label starts one: its values are new each iteration).
  IntBounds bounds;
  std::map<std::tuple<uint32_t, uint32_t>, size_t> open;  // (base, bound) -> runs index
  std::vector<Run> runs;
  for (size_t i = 0; i < t.ops.size(); ++i) {
    const ResOp& op = t.ops[i];
    TraceRef self = TraceRef::op(static_cast<uint32_t>(i));
    if (op.opnum == ROP_label) {
      bounds = IntBounds();
      bounds.set_region(static_cast<uint32_t>(i));
      open.clear();
      if (i > 0)
        for (TraceRef r : loop_lengths) bounds.note_length(r);
      continue;
    }
    if ((op.opnum == ROP_getfield_gc_i && op.descr == &kListLenField) || op.opnum == ROP_strlen) {
      bounds.note_length(self);
      continue;
    }
    TraceRef x, bound;
    if (upper_check(t, op, &x, &bound) && !bound.is_const()) {
      IntBounds::Range rb = bounds.range(t, bound);
      IntBounds::Term tx = bounds.term(t, x);
      if (rb.lo >= 0 && rb.hi <= kMaxLength && tx.c > -kSmall && tx.c < kSmall && !tx.base.is_const()) {
        auto key = std::make_tuple(tx.base.bits, bound.bits);
        auto it = open.find(key);
        if (it == open.end()) {
          open[key] = runs.size();
          runs.push_back({i, tx.base, bound, tx.c, tx.c, bounds.range(t, tx.base).lo, {}});
        } else {
          Run& run = runs[it->second];
          // base + k must not wrap below for a negative k (base < bound - kmax bounds it above).
          if (tx.c >= 0 || run.base_lo >= INT64_MIN + kSmall) {
            run.members.push_back(i);
            run.kmax = std::max(run.kmax, tx.c);
          }
        }
      }
    }
    if (op.opnum == ROP_guard_true || op.opnum == ROP_guard_false) bounds.learn(t, op.args[0], op.opnum == ROP_guard_true);
  }
  std::vector<int32_t> role(t.ops.size(), -1);  // >= 0: the head of that run; -2: a member that goes
  bool any = false;
  for (size_t r = 0; r < runs.size(); ++r) {
    if (runs[r].members.empty() || runs[r].kmax <= runs[r].head_k) continue;
    role[runs[r].head] = static_cast<int32_t>(r);
    for (size_t m : runs[r].members) role[m] = -2;
    any = true;
  }
  if (!any) return;
  // Rewrite: the head checks base < bound - kmax; the members go.
  std::vector<uint32_t> index(t.ops.size(), 0);
  std::vector<ResOp> out;
  auto fix = [&](TraceRef& r) {
    if (r.tag() == TraceRef::kOp) r = TraceRef::op(index[r.index()]);
  };
  for (size_t i = 0; i < t.ops.size(); ++i) {
    ResOp op = std::move(t.ops[i]);
    if (role[i] == -2) continue;
    for (TraceRef& a : op.args) fix(a);
    if (role[i] >= 0) {
      const Run& run = runs[static_cast<size_t>(role[i])];
      TraceRef base = run.base, bound = run.bound;
      fix(base);
      fix(bound);
      if (run.kmax != 0) {
        ResOp sub;
        sub.opnum = ROP_int_sub;
        sub.kind = kInt;
        sub.args = {bound, t.add_const(kInt, static_cast<Word>(run.kmax))};
        out.push_back(std::move(sub));
        bound = TraceRef::op(static_cast<uint32_t>(out.size() - 1));
      }
      ResOp lt;
      lt.opnum = ROP_int_lt;
      lt.kind = kInt;
      lt.args = {base, bound};
      out.push_back(std::move(lt));
      op.opnum = ROP_guard_true;
      op.args = {TraceRef::op(static_cast<uint32_t>(out.size() - 1))};
    }
    index[i] = static_cast<uint32_t>(out.size());
    out.push_back(std::move(op));
  }
  for (Snapshot& s : t.snapshots) s.for_each_ref(fix);
  t.ops = std::move(out);
}

}  // namespace rpy::jit
