// Unit tests of the trace IR (docs/JIT.md 10): constants, kinds, and the text form the logs use.
#include <gtest/gtest.h>

#include "jit/trace.hpp"
#include "trace_builder.hpp"

using namespace rpy::jit;
using rpy::jit::testing::make_op;

TEST(JitTrace, ConstantsAreSharedPerKindAndValue) {
  Trace t;
  TraceRef a = t.add_const(kInt, 5), b = t.add_const(kInt, 5), c = t.add_const(kRef, 5);
  EXPECT_EQ(a, b);
  EXPECT_FALSE(a == c);
  EXPECT_EQ(t.kind_of(a), kInt);
  EXPECT_EQ(t.kind_of(c), kRef);
  EXPECT_TRUE(a.is_const());
}

TEST(JitTrace, FormatsLikePyPysLogs) {
  static const FieldDescr field = {8, 8, kInt, true, "Tape.position", 0};
  Trace t;
  TraceRef p0 = t.add_input(kRef), i1 = t.add_input(kInt);
  t.ops.push_back(make_op(ROP_label, {p0, i1}, DescrKind::Target, reinterpret_cast<const void*>(intptr_t{3})));
  t.ops.push_back(make_op(ROP_debug_merge_point, {t.add_const(kInt, 0), t.add_const(kInt, 0)}));
  t.ops.push_back(make_op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &field));
  TraceRef i2 = TraceRef::op(2);
  t.ops.push_back(make_op(ROP_int_add, {i2, t.add_const(kInt, -1)}));
  TraceRef i3 = TraceRef::op(3);
  t.ops.push_back(make_op(ROP_int_gt, {i3, i1}));
  Snapshot s;
  s.boxes = {p0, t.add_const(kInt, 7), i3};
  t.snapshots.push_back(s);
  ResOp g = make_op(ROP_guard_true, {TraceRef::op(4)}, DescrKind::Guard);
  g.snapshot = 0;
  t.ops.push_back(g);
  t.ops.push_back(make_op(ROP_jump, {p0, i3}, DescrKind::Target, reinterpret_cast<const void*>(intptr_t{3})));
  std::string text = format_trace(t, {{1, "pc 1, code 'a'"}}, 16);
  EXPECT_EQ(text,
            "[p0, i1]\n"
            "label(p0, i1, descr=TargetToken(3))\n"
            "debug_merge_point(0, 0, 'pc 1. code 'a'')\n"
            "i2 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "i3 = int_add(i2, -1)\n"
            "i4 = int_gt(i3, i1)\n"
            "guard_true(i4, descr=<Guard0x10>) [p0, i3]\n"
            "jump(p0, i3, descr=TargetToken(3))\n");
  EXPECT_EQ(t.num_guards(), 1u);
}
