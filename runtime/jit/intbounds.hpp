// Integer bounds (docs/JIT.md 11, intbounds): what the guards passed so far establish about the
// trace's int values, and the comparisons that these facts decide.
//
// A value is seen as base + c (an int_add or int_sub of a constant, as the optimizer's addition
// chains leave them, else the value itself with c = 0). Per base, the pass keeps a numeric range
// [lo, hi] and, per other value L, the largest c for which base + c < L is known. The facts are
// about mathematical integers: a fact about the machine value base + c (which wraps) is kept for
// the base only when base + c cannot have wrapped (c = 0, or the base's range is known and stays
// in range with c added); it is always kept for the value itself as its own base. Lengths (list
// lengths, strlen) are in [0, 2**62): uint_lt(base + c, length) therefore proves that base + c
// did not wrap, and gives the base a range.
//
// So a tape head moved by BF's '<' and '>' is bounds-checked once per run of moves: after
// uint_lt(p - 9, len) and uint_lt(p, len) hold, p - 8 < len and 0 <= p - 8 are known, and the
// guards on them go.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "jit/trace.hpp"

namespace rpy::jit {

// The largest length of a list or a string: 0 <= length < 2**62.
constexpr int64_t kMaxLength = (int64_t{1} << 62) - 1;

class IntBounds {
 public:
  // r (an operation of t) is a length: 0 <= r < 2**62.
  void note_length(TraceRef r);
  // The comparison cond (an operation of t, or a constant) is known to be `value` from here on.
  void learn(const Trace& t, TraceRef cond, bool value);
  // The value of the comparison op (its arguments in t's terms) when the facts decide it: 0 or 1;
  // -1 when they do not.
  int decide(const Trace& t, const ResOp& op) const;

  struct Term {
    TraceRef base;
    int64_t c = 0;
  };
  struct Range {
    int64_t lo = INT64_MIN, hi = INT64_MAX;
  };
  // r as base + c.
  Term term(const Trace& t, TraceRef r) const;
  // Operations before `first` are seen as opaque values (in a trace whose loop follows its
  // preamble, the loop's label gives the preamble's values new meanings).
  void set_region(uint32_t first) { region_ = first; }
  // What is known of r's value.
  Range range(const Trace& t, TraceRef r) const;

 private:
  struct Info {
    int64_t lo = INT64_MIN, hi = INT64_MAX;       // base in [lo, hi]
    std::unordered_map<uint32_t, int64_t> below;  // L.bits -> the largest c with base + c < L
  };
  const Info* info(TraceRef base) const;
  // base + c computed on machine ints equals the mathematical sum.
  bool exact(const Term& x) const;
  void narrow(const Trace& t, TraceRef r, int64_t lo, int64_t hi);
  // x < y (x <= y when or_equal) is known.
  bool known_less(const Trace& t, TraceRef x, TraceRef y, bool or_equal) const;
  void learn_less(const Trace& t, TraceRef x, TraceRef y, bool or_equal);

  std::unordered_map<uint32_t, Info> infos_;
  uint32_t region_ = 0;
};

// Runs of upper bound checks on one base (bound_checks.cpp): x + k1 < L, later x + k2 < L, ...
// with L a length (BF's '>>>>' checking the tape's end at each step). The first check becomes
// x < L - kmax for the largest k of the run, and the others go: when it fails, the trace resumes
// at the first check, which is correct (nothing after it happened) if less often right.
// loop_lengths: the values that are lengths at the loop's label (the short preamble's reads of
// list lengths), for an unrolled trace. Applied by the optimizer after its forward passes.
void hoist_bound_checks(Trace& t, const std::vector<TraceRef>& loop_lengths);

}  // namespace rpy::jit
