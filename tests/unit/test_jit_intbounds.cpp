// Unit tests of the optimizer's integer bounds (docs/JIT.md 11, runtime/jit/intbounds.hpp):
// comparisons decided by the guards passed before, and the facts it must not assume (machine
// ints wrap).
#include <gtest/gtest.h>

#include "jit/optimizer.hpp"
#include "trace_builder.hpp"

using namespace rpy::jit;

namespace {

struct BoundsTrace : rpy::jit::testing::TraceBuilder {
  // A comparison and the guard that it holds (or not).
  void check(int cmp, TraceRef a, TraceRef b, bool holds, std::vector<TraceRef> live) {
    TraceRef r = op(cmp, {a, b});
    guard(holds ? ROP_guard_true : ROP_guard_false, {r}, std::move(live));
  }
  TraceRef add(TraceRef x, int64_t k) { return k < 0 ? op(ROP_int_sub, {x, c(-k)}) : op(ROP_int_add, {x, c(k)}); }
};

using rpy::jit::testing::kPos;
using rpy::jit::testing::kTape;

}  // namespace

// BF's '<<<<<<<<<' then a read, then '>' and a read: the bounds check of the first read and of
// the current cell imply those of every cell in between.
TEST(JitIntBounds, ATapeHeadCheckedAtBothEndsIsInBoundsBetween) {
  BoundsTrace x;
  TraceRef p0 = x.t.add_input(kRef);
  TraceRef pos = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kPos);
  TraceRef tape = x.op(ROP_getfield_gc_r, {p0}, DescrKind::Field, &kTape);
  TraceRef len = x.op(ROP_getfield_gc_i, {tape}, DescrKind::Field, &kListLenField);
  x.check(ROP_uint_lt, pos, len, true, {p0});  // the current cell
  TraceRef m9 = x.add(pos, -9);
  x.check(ROP_uint_lt, m9, len, true, {p0});  // nine cells left
  TraceRef m8 = x.add(pos, -8);
  x.check(ROP_int_le, len, m8, false, {p0});               // '>': not past the end (known)
  x.check(ROP_uint_lt, m8, len, true, {p0});               // the read (known)
  x.check(ROP_uint_lt, x.add(pos, -1), len, true, {p0});   // known
  x.check(ROP_uint_lt, x.add(pos, -10), len, true, {p0});  // not known: kept
  x.check(ROP_int_le, len, x.add(pos, 1), false, {p0});    // not known: kept
  x.op(ROP_jump, {p0}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.guards_before, 7u);
  EXPECT_EQ(r.guards_after, 4u);
  EXPECT_EQ(x.text(),
            "[p0]\n"
            "i1 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "p2 = getfield_gc_r(p0, descr=<FieldP Tape.thetape 16>)\n"
            "i3 = getfield_gc_i(p2, descr=<FieldS List.len 0>)\n"
            "i4 = uint_lt(i1, i3)\n"
            "guard_true(i4, descr=<Guard0x0>) [p0]\n"
            "i5 = int_sub(i1, 9)\n"
            "i6 = uint_lt(i5, i3)\n"
            "guard_true(i6, descr=<Guard0x1>) [p0]\n"
            "i7 = int_sub(i1, 10)\n"
            "i8 = uint_lt(i7, i3)\n"
            "guard_true(i8, descr=<Guard0x2>) [p0]\n"
            "i9 = int_add(i1, 1)\n"
            "i10 = int_le(i3, i9)\n"
            "guard_false(i10, descr=<Guard0x3>) [p0]\n"
            "jump(p0, descr=TargetToken(0))\n");
}

// Without a length, uint_lt says nothing about the signed order; and x + 1 < y says nothing
// about x when x may be the largest int (x + 1 wraps to the smallest).
TEST(JitIntBounds, NothingIsAssumedWhereMachineIntsWrap) {
  BoundsTrace x;
  TraceRef i0 = x.t.add_input(kInt), i1 = x.t.add_input(kInt), i2 = x.t.add_input(kInt);
  x.check(ROP_uint_lt, i0, i1, true, {i0});  // i1 may be negative (a large unsigned number)
  x.check(ROP_int_lt, i0, i1, true, {i0});   // kept
  x.check(ROP_int_lt, x.add(i2, 1), i1, true, {i0});
  x.check(ROP_int_lt, i2, i1, true, {i0});  // kept
  x.op(ROP_jump, {i0, i1, i2}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.guards_after, 4u);
}

// Numeric ranges from comparisons with constants, and the sums that stay in range.
TEST(JitIntBounds, RangesFromConstantsDecideComparisons) {
  BoundsTrace x;
  TraceRef i0 = x.t.add_input(kInt);
  x.check(ROP_int_lt, i0, x.c(10), true, {i0});
  x.check(ROP_int_ge, i0, x.c(0), true, {i0});
  x.check(ROP_int_lt, i0, x.c(20), true, {i0});            // known
  x.check(ROP_int_lt, x.add(i0, 1), x.c(11), true, {i0});  // known: i0 + 1 cannot wrap
  x.check(ROP_int_gt, i0, x.c(-1), true, {i0});            // known
  x.check(ROP_int_lt, x.add(i0, 5), x.c(11), true, {i0});  // not known: kept
  x.check(ROP_int_le, x.c(10), i0, false, {i0});           // known
  x.op(ROP_jump, {i0}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.guards_after, 3u);
}

TEST(JitIntBounds, OffWithoutIntboundsInEnableOpts) {
  BoundsTrace x;
  TraceRef i0 = x.t.add_input(kInt);
  x.check(ROP_int_lt, i0, x.c(10), true, {i0});
  x.check(ROP_int_lt, i0, x.c(20), true, {i0});
  x.op(ROP_jump, {i0}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("rewrite:pure:heap"));
  EXPECT_EQ(r.guards_after, 2u);
}

// BF's '>>>' with a write between: the three end-of-tape checks become one, at the first, that
// checks the last (pos < len - 3); a run with another bound or base is separate.
TEST(JitIntBounds, ARunOfEndChecksIsMergedIntoTheFirst) {
  BoundsTrace x;
  TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
  TraceRef pos = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kPos);
  TraceRef tape = x.op(ROP_getfield_gc_r, {p0}, DescrKind::Field, &kTape);
  TraceRef len = x.op(ROP_getfield_gc_i, {tape}, DescrKind::Field, &kListLenField);
  TraceRef a1 = x.add(pos, 1);
  x.check(ROP_int_le, len, a1, false, {p0, a1});
  x.op(ROP_setfield_gc, {p0, a1}, DescrKind::Field, &kPos);
  TraceRef a2 = x.add(pos, 2);
  x.check(ROP_int_le, len, a2, false, {p0, a2});
  x.check(ROP_int_lt, i1, len, true, {p0});  // another base: kept
  TraceRef a3 = x.add(pos, 3);
  x.check(ROP_int_ge, a3, len, false, {p0, a3});
  x.op(ROP_jump, {p0, i1, a3}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.guards_before, 4u);
  EXPECT_EQ(r.guards_after, 2u);
  EXPECT_EQ(x.text(),
            "[p0, i1]\n"
            "i2 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "p3 = getfield_gc_r(p0, descr=<FieldP Tape.thetape 16>)\n"
            "i4 = getfield_gc_i(p3, descr=<FieldS List.len 0>)\n"
            "i5 = int_add(i2, 1)\n"
            "i6 = int_sub(i4, 3)\n"
            "i7 = int_lt(i2, i6)\n"
            "guard_true(i7, descr=<Guard0x0>) [p0, i5]\n"
            "i8 = int_lt(i1, i4)\n"
            "guard_true(i8, descr=<Guard0x1>) [p0]\n"
            "i9 = int_add(i2, 3)\n"
            "setfield_gc(p0, i5, descr=<FieldS Tape.position 8>)\n"
            "jump(p0, i1, i9, descr=TargetToken(0))\n");
  // Without intbounds the checks stay.
  BoundsTrace y;
  TraceRef q = y.t.add_input(kInt), l = y.t.add_input(kInt);
  y.check(ROP_int_lt, y.add(q, 1), l, true, {q});
  y.check(ROP_int_lt, y.add(q, 2), l, true, {q});
  y.op(ROP_jump, {q, l}, DescrKind::Target, nullptr);
  EXPECT_EQ(optimize(y.t, OptOptions::from("all")).guards_after, 2u);  // (l is not a length)
}
