// Integer bounds of trace values from the guards passed (docs/JIT.md 11; intbounds.hpp).
#include "jit/intbounds.hpp"

#include <algorithm>

namespace rpy::jit {

namespace {

int64_t clamp(__int128 v) {
  if (v < INT64_MIN) return INT64_MIN;
  if (v > INT64_MAX) return INT64_MAX;
  return static_cast<int64_t>(v);
}

}  // namespace

IntBounds::Term IntBounds::term(const Trace& t, TraceRef r) const {
  if (r.tag() != TraceRef::kOp || r.index() < region_) return {r, 0};
  const ResOp& op = t.ops[r.index()];
  if (op.opnum != ROP_int_add && op.opnum != ROP_int_sub) return {r, 0};
  TraceRef x = op.args[0], k = op.args[1];
  if (op.opnum == ROP_int_add && x.is_const()) std::swap(x, k);
  if (!k.is_const() || x.is_const()) return {r, 0};
  auto c = static_cast<int64_t>(t.const_value(k));
  if (op.opnum == ROP_int_sub) {
    if (c == INT64_MIN) return {r, 0};
    c = -c;
  }
  return {x, c};
}

const IntBounds::Info* IntBounds::info(TraceRef base) const {
  auto it = infos_.find(base.bits);
  return it != infos_.end() ? &it->second : nullptr;
}

bool IntBounds::exact(const Term& x) const {
  if (x.c == 0) return true;
  const Info* i = info(x.base);
  if (!i) return false;
  int64_t out;
  return !__builtin_add_overflow(i->lo, x.c, &out) && !__builtin_add_overflow(i->hi, x.c, &out);
}

IntBounds::Range IntBounds::range(const Trace& t, TraceRef r) const {
  Range out;
  if (r.is_const()) {
    auto v = static_cast<int64_t>(t.const_value(r));
    return {v, v};
  }
  if (const Info* own = info(r)) out = {own->lo, own->hi};
  Term x = term(t, r);
  if (x.c != 0 && exact(x)) {
    const Info* b = info(x.base);
    out.lo = std::max(out.lo, b->lo + x.c);
    out.hi = std::min(out.hi, b->hi + x.c);
  }
  return out;
}

void IntBounds::narrow(const Trace& t, TraceRef r, int64_t lo, int64_t hi) {
  if (r.is_const()) return;
  Term x = term(t, r);
  if (x.c != 0 && exact(x)) {  // the base moves with it
    Info& b = infos_[x.base.bits];
    b.lo = std::max(b.lo, clamp(static_cast<__int128>(lo) - x.c));
    b.hi = std::min(b.hi, clamp(static_cast<__int128>(hi) - x.c));
  }
  Info& own = infos_[r.bits];
  own.lo = std::max(own.lo, lo);
  own.hi = std::min(own.hi, hi);
}

void IntBounds::note_length(TraceRef r) {
  Info& i = infos_[r.bits];
  i.lo = std::max<int64_t>(i.lo, 0);
  i.hi = std::min(i.hi, kMaxLength);
}

bool IntBounds::known_less(const Trace& t, TraceRef x, TraceRef y, bool or_equal) const {
  Range rx = range(t, x), ry = range(t, y);
  if (or_equal ? rx.hi <= ry.lo : rx.hi < ry.lo) return true;
  if (x.is_const() || y.is_const()) return false;
  int64_t need = or_equal ? -1 : 0;  // x + c < y with c >= need
  auto has = [&](TraceRef base, int64_t at_least) {
    const Info* i = info(base);
    if (!i) return false;
    auto it = i->below.find(y.bits);
    return it != i->below.end() && it->second >= at_least;
  };
  if (has(x, need)) return true;
  Term tx = term(t, x);
  return tx.c != 0 && tx.c != INT64_MIN && exact(tx) && has(tx.base, tx.c + need);
}

void IntBounds::learn_less(const Trace& t, TraceRef x, TraceRef y, bool or_equal) {
  Range rx = range(t, x), ry = range(t, y);
  int64_t d = or_equal ? 0 : 1;
  narrow(t, x, INT64_MIN, clamp(static_cast<__int128>(ry.hi) - d));
  narrow(t, y, clamp(static_cast<__int128>(rx.lo) + d), INT64_MAX);
  if (x.is_const() || y.is_const()) return;
  int64_t c0 = or_equal ? -1 : 0;
  auto note = [&](TraceRef base, int64_t c) {
    auto& below = infos_[base.bits].below;
    auto it = below.find(y.bits);
    if (it == below.end())
      below.emplace(y.bits, c);
    else
      it->second = std::max(it->second, c);
  };
  note(x, c0);
  Term tx = term(t, x);
  if (tx.c != 0 && exact(tx) && tx.c > INT64_MIN) note(tx.base, tx.c + c0);
}

void IntBounds::learn(const Trace& t, TraceRef cond, bool value) {
  if (cond.tag() != TraceRef::kOp) return;
  const ResOp& op = t.ops[cond.index()];
  if (op.args.size() != 2) return;
  TraceRef a = op.args[0], b = op.args[1];
  switch (op.opnum) {
    case ROP_int_lt:  // a < b, or b <= a
      return value ? learn_less(t, a, b, false) : learn_less(t, b, a, true);
    case ROP_int_le:
      return value ? learn_less(t, a, b, true) : learn_less(t, b, a, false);
    case ROP_int_gt:
      return value ? learn_less(t, b, a, false) : learn_less(t, a, b, true);
    case ROP_int_ge:
      return value ? learn_less(t, b, a, true) : learn_less(t, a, b, false);
    case ROP_uint_lt: {
      Range ry = range(t, b);
      if (ry.lo < 0) return;  // (b may be "negative": a large unsigned number)
      if (!value) {
        if (range(t, a).lo >= 0) learn_less(t, b, a, true);
        return;
      }
      // 0 <= a < b. When b is at most a length and a = base + c with a small c, the machine
      // sum did not wrap (it would be negative, or at least 2**62), so the base has a range.
      Term ta = term(t, a);
      if (ta.c != 0 && ry.hi <= kMaxLength && ta.c > -(int64_t{1} << 61) && ta.c < (int64_t{1} << 61)) {
        Info& base = infos_[ta.base.bits];
        base.lo = std::max(base.lo, -ta.c);
        base.hi = std::min(base.hi, ry.hi - 1 - ta.c);
      }
      narrow(t, a, 0, INT64_MAX);
      learn_less(t, a, b, false);
      return;
    }
    default:
      return;
  }
}

int IntBounds::decide(const Trace& t, const ResOp& op) const {
  if (op.args.size() != 2) return -1;
  TraceRef a = op.args[0], b = op.args[1];
  auto less = [&](TraceRef x, TraceRef y, bool or_equal) {
    if (known_less(t, x, y, or_equal)) return 1;
    if (known_less(t, y, x, !or_equal)) return 0;
    return -1;
  };
  switch (op.opnum) {
    case ROP_int_lt:
      return less(a, b, false);
    case ROP_int_le:
      return less(a, b, true);
    case ROP_int_gt:
      return less(b, a, false);
    case ROP_int_ge:
      return less(b, a, true);
    case ROP_uint_lt:  // the signed comparison when both are known non-negative
      if (range(t, a).lo >= 0 && range(t, b).lo >= 0) return less(a, b, false);
      return -1;
    default:
      return -1;
  }
}

}  // namespace rpy::jit
