// Unit tests of the optimizer (docs/JIT.md 11) on hand-written traces: folding, CSE, the heap
// cache, guard removal, and the guards' snapshots following the replacements.
#include <gtest/gtest.h>

#include "jit/optimizer.hpp"
#include "trace_builder.hpp"

using namespace rpy::jit;

namespace {

using T = rpy::jit::testing::TraceBuilder;

using rpy::jit::testing::kPos;
using rpy::jit::testing::kTape;
const FieldDescr kItems = {16, 8, kRef, false, "Tape.items", 0};
const ListDescr kInts = {8, kInt, true, "list of int"};

}  // namespace

TEST(JitOptimizer, FoldsConstantsAndSharesPureOperations) {
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  TraceRef a = x.op(ROP_int_add, {x.c(2), x.c(3)});  // 5
  TraceRef b = x.op(ROP_int_mul, {i0, a});
  TraceRef b2 = x.op(ROP_int_mul, {i0, a});  // the same: shared
  TraceRef s = x.op(ROP_int_sub, {b, b2});
  x.op(ROP_jump, {s}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.ops_before, 5u);
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "i1 = int_mul(i0, 5)\n"
            "i2 = int_sub(i1, i1)\n"
            "jump(i2, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, HeapCacheReadsOnceAndForwardsWrites) {
  T x;
  TraceRef p = x.t.add_input(kRef);
  TraceRef pos = x.op(ROP_getfield_gc_i, {p}, DescrKind::Field, &kPos);
  TraceRef pos2 = x.op(ROP_getfield_gc_i, {p}, DescrKind::Field, &kPos);  // read again: cached
  TraceRef inc = x.op(ROP_int_add, {pos2, x.c(1)});
  x.op(ROP_setfield_gc, {p, inc}, DescrKind::Field, &kPos);
  TraceRef pos3 = x.op(ROP_getfield_gc_i, {p}, DescrKind::Field, &kPos);  // the value just written
  x.op(ROP_setfield_gc, {p, pos3}, DescrKind::Field, &kPos);              // writes what is there: dropped
  TraceRef items = x.op(ROP_getfield_gc_r, {p}, DescrKind::Field, &kItems);
  TraceRef v = x.op(ROP_getarrayitem_gc_i, {items, pos3}, DescrKind::Array, &kInts);
  x.op(ROP_setarrayitem_gc, {items, pos3, x.c(7)}, DescrKind::Array, &kInts);
  TraceRef v2 = x.op(ROP_getarrayitem_gc_i, {items, pos3}, DescrKind::Array, &kInts);  // 7
  x.op(ROP_call_n, {x.c(0)}, DescrKind::None, nullptr);                                // a call forgets the heap
  TraceRef pos4 = x.op(ROP_getfield_gc_i, {p}, DescrKind::Field, &kPos);
  x.op(ROP_jump, {pos, v, v2, pos4}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0]\n"
            "i1 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "i2 = int_add(i1, 1)\n"
            "p3 = getfield_gc_r(p0, descr=<FieldP Tape.items 16>)\n"
            "i4 = getarrayitem_gc_i(p3, i2, descr=<ArrayS 8>)\n"
            "setarrayitem_gc(p3, i2, 7, descr=<ArrayS 8>)\n"
            "setfield_gc(p0, i2, descr=<FieldS Tape.position 8>)\n"  // delayed until the call
            "call_n(0)\n"
            "i5 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "jump(i1, i4, 7, i5, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, RemovesKnownGuardsAndUsesPromotedValues) {
  T x;
  TraceRef i0 = x.t.add_input(kInt), i1 = x.t.add_input(kInt);
  TraceRef lt = x.op(ROP_uint_lt, {i0, i1});
  x.guard(ROP_guard_true, {lt}, {i0, i1});
  TraceRef lt2 = x.op(ROP_uint_lt, {i0, i1});  // the same condition: its guard goes
  x.guard(ROP_guard_true, {lt2}, {i0, i1});
  x.guard(ROP_guard_true, {x.c(1)}, {i0});            // always true: goes
  x.guard(ROP_guard_value, {i1, x.c(42)}, {i0, i1});  // i1 is 42 from here on, not in its own snapshot
  TraceRef s = x.op(ROP_int_add, {i1, x.c(1)});       // 43
  x.guard(ROP_guard_false, {lt}, {i0, i1, s});        // contradicts: kept (it always fails)
  x.op(ROP_jump, {i0, s}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(r.guards_before, 5u);
  EXPECT_EQ(r.guards_after, 3u);
  EXPECT_EQ(x.text(),
            "[i0, i1]\n"
            "i2 = uint_lt(i0, i1)\n"
            "guard_true(i2, descr=<Guard0x0>) [i0, i1]\n"
            "guard_value(i1, 42, descr=<Guard0x1>) [i0, i1]\n"
            "guard_false(i2, descr=<Guard0x2>) [i0]\n"
            "jump(i0, 43, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, EnableOptsSelectsPasses) {
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  x.op(ROP_int_add, {x.c(2), x.c(3)});
  x.op(ROP_jump, {i0}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("heap"));  // no folding
  EXPECT_EQ(x.t.ops.size(), 2u);
  optimize(x.t, OptOptions::from("intbounds:rewrite:pure:heap"));
  EXPECT_EQ(x.t.ops.size(), 1u);
}

namespace {
const FieldDescr kListItems = {16, 8, kRef, false, "List.items", 0};
}  // namespace

TEST(JitOptimizer, UnrollReadsLoopInvariantsOnceInThePreamble) {
  T x;
  TraceRef p0 = x.t.add_input(kRef);
  x.op(ROP_label, {p0}, DescrKind::Target, nullptr);
  TraceRef tape = x.op(ROP_getfield_gc_r, {p0}, DescrKind::Field, &kTape);
  TraceRef items = x.op(ROP_getfield_gc_r, {tape}, DescrKind::Field, &kListItems);
  TraceRef pos = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kPos);
  TraceRef v = x.op(ROP_getarrayitem_gc_i, {items, pos}, DescrKind::Array, &kInts);
  TraceRef pos2 = x.op(ROP_int_add, {pos, x.c(1)});
  x.op(ROP_setfield_gc, {p0, pos2}, DescrKind::Field, &kPos);
  x.guard(ROP_guard_true, {v}, {p0, v});
  x.op(ROP_jump, {p0}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  // the loop receives the tape, its items and the position through its label; at its end the
  // heap cache gives them again (the position is the value just written, delayed past the guard
  // until the jump)
  EXPECT_EQ(x.text(),
            "[p0]\n"
            "label(p0, descr=TargetToken(0))\n"
            "p1 = getfield_gc_r(p0, descr=<FieldP Tape.thetape 16>)\n"
            "p2 = getfield_gc_r(p1, descr=<FieldP List.items 16>)\n"
            "i3 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "i4 = getarrayitem_gc_i(p2, i3, descr=<ArrayS 8>)\n"
            "i5 = int_add(i3, 1)\n"
            "guard_true(i4, descr=<Guard0x0>) [p0, i4]\n"
            "setfield_gc(p0, i5, descr=<FieldS Tape.position 8>)\n"
            "label(p0, p1, p2, i5, descr=TargetToken(0))\n"
            "i6 = getarrayitem_gc_i(p2, i5, descr=<ArrayS 8>)\n"
            "i7 = int_add(i5, 1)\n"
            "guard_true(i6, descr=<Guard0x1>) [p0, i6]\n"
            "setfield_gc(p0, i7, descr=<FieldS Tape.position 8>)\n"
            "jump(p0, p1, p2, i7, descr=TargetToken(0))\n");
  OptResult r = optimize(x.t, OptOptions::from("pure:heap"));  // (a peeled loop is not peeled again)
  EXPECT_EQ(r.ops_before, r.ops_after);
}

TEST(JitOptimizer, UnrollReadsAgainWhatTheLoopChanged) {
  // A call in the loop forgets the heap: the loop's end reads the invariants again, so the
  // next iteration still receives them through the label.
  T x;
  TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
  x.op(ROP_label, {p0, i1}, DescrKind::Target, nullptr);
  TraceRef tape = x.op(ROP_getfield_gc_r, {p0}, DescrKind::Field, &kTape);
  TraceRef items = x.op(ROP_getfield_gc_r, {tape}, DescrKind::Field, &kListItems);
  TraceRef v = x.op(ROP_getarrayitem_gc_i, {items, i1}, DescrKind::Array, &kInts);
  x.op(ROP_call_n, {x.c(0), v}, DescrKind::None, nullptr);
  x.op(ROP_jump, {p0, v}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0, i1]\n"
            "label(p0, i1, descr=TargetToken(0))\n"
            "p2 = getfield_gc_r(p0, descr=<FieldP Tape.thetape 16>)\n"
            "p3 = getfield_gc_r(p2, descr=<FieldP List.items 16>)\n"
            "i4 = getarrayitem_gc_i(p3, i1, descr=<ArrayS 8>)\n"
            "call_n(0, i4)\n"
            "label(p0, i4, descr=TargetToken(0))\n"
            "p5 = getfield_gc_r(p0, descr=<FieldP Tape.thetape 16>)\n"
            "p6 = getfield_gc_r(p5, descr=<FieldP List.items 16>)\n"
            "i7 = getarrayitem_gc_i(p6, i4, descr=<ArrayS 8>)\n"
            "call_n(0, i7)\n"
            "jump(p0, i7, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, SimplifiesAdditionChains) {
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  TraceRef a = x.op(ROP_int_add, {i0, x.c(1)});
  TraceRef b = x.op(ROP_int_sub, {a, x.c(1)});   // i0 again
  TraceRef c = x.op(ROP_int_add, {x.c(3), a});   // i0 + 4 (a is then dead)
  TraceRef d = x.op(ROP_int_sub, {c, x.c(4)});   // i0
  TraceRef e = x.op(ROP_int_mul, {c, x.c(1)});   // c
  TraceRef f = x.op(ROP_int_add, {b, x.c(0)});   // i0
  TraceRef g = x.op(ROP_int_sub, {c, x.c(10)});  // i0 - 6
  x.op(ROP_jump, {b, c, d, e, f, g}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "i1 = int_add(i0, 4)\n"
            "i2 = int_sub(i0, 6)\n"
            "jump(i0, i1, i0, i1, i0, i2, descr=TargetToken(0))\n");
}

// jit20: a bytearray store masks its value to a byte (int_and 255) after the program's own mask
// or reads of bytes: the second mask goes when the value's bits are known to be inside it.
TEST(JitOptimizer, DropsMasksThatKeepEveryBit) {
  const ListDescr bytes = {1, kInt, false, "bytearray"};
  const ListDescr signed_bytes = {1, kInt, true, "r_int8 list"};
  T x;
  TraceRef a = x.t.add_input(kRef);
  TraceRef s = x.t.add_input(kRef);
  TraceRef i = x.t.add_input(kInt);
  TraceRef m = x.op(ROP_int_and, {i, x.c(255)});
  TraceRef m2 = x.op(ROP_int_and, {m, x.c(255)});   // m
  TraceRef m3 = x.op(ROP_int_and, {x.c(1023), m});  // m (the constant first)
  TraceRef m4 = x.op(ROP_int_and, {m, x.c(127)});   // stays: bit 7 may be set
  TraceRef b = x.op(ROP_getarrayitem_gc_i, {a, i}, DescrKind::Array, &bytes);
  TraceRef b2 = x.op(ROP_int_and, {b, x.c(255)});  // b
  TraceRef sb = x.op(ROP_getarrayitem_gc_i, {a, i}, DescrKind::Array, &signed_bytes);
  TraceRef sb2 = x.op(ROP_int_and, {sb, x.c(255)});  // stays: a signed byte may be negative
  TraceRef c = x.op(ROP_strgetitem, {s, i});
  TraceRef c2 = x.op(ROP_int_and, {c, x.c(0xFFFF)});  // c
  TraceRef n = x.op(ROP_int_and, {i, x.c(-1)});       // stays (not simplified here)
  TraceRef n2 = x.op(ROP_int_and, {n, x.c(255)});     // stays: n may be negative
  x.op(ROP_jump, {m2, m3, m4, b2, sb2, c2, n2}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0, p1, i2]\n"
            "i3 = int_and(i2, 255)\n"
            "i4 = int_and(i3, 127)\n"
            "i5 = getarrayitem_gc_i(p0, i2, descr=<ArrayU 1>)\n"
            "i6 = getarrayitem_gc_i(p0, i2, descr=<ArrayS 1>)\n"
            "i7 = int_and(i6, 255)\n"
            "i8 = strgetitem(p1, i2)\n"
            "i9 = int_and(i2, -1)\n"
            "i10 = int_and(i9, 255)\n"
            "jump(i3, i3, i4, i5, i7, i8, i10, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, RemovesDeadOperations) {
  T x;
  TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
  TraceRef dead = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kPos);  // read, never used
  x.op(ROP_int_mul, {dead, i1});                                           // unused: goes, and the read with it
  TraceRef live = x.op(ROP_int_mul, {i1, i1});                             // in a guard's resume data: stays
  x.guard(ROP_guard_true, {i1}, {p0, live});
  x.op(ROP_jump, {p0, i1}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0, i1]\n"
            "i2 = int_mul(i1, i1)\n"
            "guard_true(i1, descr=<Guard0x0>) [p0, i2]\n"
            "jump(p0, i1, descr=TargetToken(0))\n");
}

TEST(JitOptimizer, DelaysFieldWritesIntoTheGuardsResumeData) {
  T x;
  TraceRef p0 = x.t.add_input(kRef), p1 = x.t.add_input(kRef);
  TraceRef pos = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kPos);
  TraceRef a = x.op(ROP_int_add, {pos, x.c(1)});
  x.op(ROP_setfield_gc, {p0, a}, DescrKind::Field, &kPos);  // delayed, then replaced
  x.guard(ROP_guard_true, {a}, {p0});                       // resumes with position = a
  TraceRef b = x.op(ROP_int_add, {a, x.c(1)});
  x.op(ROP_setfield_gc, {p0, b}, DescrKind::Field, &kPos);
  TraceRef other = x.op(ROP_getfield_gc_i, {p1}, DescrKind::Field, &kPos);  // may be p0: written first
  x.op(ROP_setfield_gc, {p0, other}, DescrKind::Field, &kPos);
  x.op(ROP_jump, {p0, p1}, DescrKind::Target, nullptr);  // leaves: written before
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0, p1]\n"
            "i2 = getfield_gc_i(p0, descr=<FieldS Tape.position 8>)\n"
            "i3 = int_add(i2, 1)\n"
            "guard_true(i3, descr=<Guard0x0>) [p0]\n"
            "i4 = int_add(i2, 2)\n"
            "setfield_gc(p0, i4, descr=<FieldS Tape.position 8>)\n"
            "i5 = getfield_gc_i(p1, descr=<FieldS Tape.position 8>)\n"
            "setfield_gc(p0, i5, descr=<FieldS Tape.position 8>)\n"
            "jump(p0, p1, descr=TargetToken(0))\n");
  ASSERT_EQ(x.t.snapshots.size(), 1u);
  ASSERT_EQ(x.t.snapshots[0].pending.size(), 1u);
  EXPECT_EQ(x.t.snapshots[0].pending[0].descr, &kPos);
  EXPECT_EQ(x.t.snapshots[0].pending[0].obj, p0);
  EXPECT_EQ(x.t.snapshots[0].pending[0].value, TraceRef::op(1));
}

namespace {
const int kBoxVtable = 0;
const ClassDescr kBoxClass = {&kBoxVtable, nullptr, nullptr, "Box", 0, nullptr};
}  // namespace

TEST(JitOptimizer, AFreshObjectKeepsItsFieldsAcrossCallsUntilItEscapes) {
  // Without allocation removal: the fields of an object allocated in the trace stay known across a
  // call or another allocation (which may run a __del__) while no other code can reach it.
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  TraceRef a = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBoxClass);
  x.op(ROP_setfield_gc, {a, i0}, DescrKind::Field, &kPos);
  TraceRef b = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBoxClass);
  x.op(ROP_call_n, {x.c(0)}, DescrKind::None, nullptr);
  TraceRef r1 = x.op(ROP_getfield_gc_i, {a}, DescrKind::Field, &kPos);  // still i0
  x.op(ROP_call_n, {x.c(0), a}, DescrKind::None, nullptr);              // a escapes
  TraceRef r2 = x.op(ROP_getfield_gc_i, {a}, DescrKind::Field, &kPos);  // read again
  x.op(ROP_jump, {r1, r2, b}, DescrKind::Target, nullptr);
  optimize(x.t, OptOptions::from("intbounds:rewrite:pure:heap"));
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "p1 = new_with_vtable(descr=<SizeDescr Box>)\n"
            "setfield_gc(p1, i0, descr=<FieldS Tape.position 8>)\n"
            "p2 = new_with_vtable(descr=<SizeDescr Box>)\n"
            "call_n(0)\n"
            "call_n(0, p1)\n"
            "i3 = getfield_gc_i(p1, descr=<FieldS Tape.position 8>)\n"
            "jump(i0, i3, p2, descr=TargetToken(0))\n");
}
