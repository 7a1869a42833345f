// Unit tests of allocation removal (docs/JIT.md 11.3) on hand-written traces: virtual objects,
// their fields, the guards that fold on them, forcing at an escape (nested, cyclic), and the
// virtuals in the guards' resume data.
#include <gtest/gtest.h>

#include "jit/optimizer.hpp"
#include "jit/virtualize.hpp"
#include "trace_builder.hpp"

using namespace rpy::jit;

namespace {

using T = rpy::jit::testing::TraceBuilder;

const int kVtable = 0;  // (its address is the class's vtable)
const ClassDescr kBox = {&kVtable, nullptr, nullptr, "IntBox", 0, nullptr};
const FieldDescr kValue = {8, 8, kInt, true, "IntBox.value", 0};
const FieldDescr kNext = {16, 8, kRef, false, "IntBox.next", 0};
const FieldDescr kTop = {8, 8, kRef, false, "Frame.top", 0};

TraceRef vtable(T& x) { return x.t.add_const(kInt, reinterpret_cast<Word>(&kVtable)); }

}  // namespace

TEST(JitVirtualize, RemovesAnAllocationThatDoesNotEscape) {
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  TraceRef b = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  x.op(ROP_setfield_gc, {b, i0}, DescrKind::Field, &kValue);
  x.guard(ROP_guard_class, {b, vtable(x)}, {b});                         // its own class: goes
  x.guard(ROP_guard_nonnull, {b}, {b});                                  // goes
  TraceRef v = x.op(ROP_getfield_gc_i, {b}, DescrKind::Field, &kValue);  // i0
  TraceRef s = x.op(ROP_int_add, {v, x.c(1)});
  TraceRef c = x.op(ROP_int_lt, {s, x.c(100)});
  x.guard(ROP_guard_true, {c}, {b, s});  // resumes with the box allocated
  TraceRef same = x.op(ROP_ptr_eq, {b, b});
  TraceRef other = x.op(ROP_ptr_ne, {b, x.c(0)});
  x.op(ROP_jump, {s, same, other}, DescrKind::Target, nullptr);
  EXPECT_EQ(virtualize(x.t), 1u);
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "i1 = int_add(i0, 1)\n"
            "i2 = int_lt(i1, 100)\n"
            "guard_true(i2, descr=<Guard0x0>) [i1]\n"
            "jump(i1, 1, 1, descr=TargetToken(0))\n");
  ASSERT_EQ(x.t.snapshots.size(), 1u);
  const Snapshot& sn = x.t.snapshots[0];
  ASSERT_EQ(sn.boxes.size(), 2u);
  EXPECT_EQ(sn.boxes[0], TraceRef::virt(0));
  EXPECT_EQ(sn.boxes[1], TraceRef::op(0));
  ASSERT_EQ(sn.virtuals.size(), 1u);
  EXPECT_EQ(sn.virtuals[0].cls, &kBox);
  ASSERT_EQ(sn.virtuals[0].fields.size(), 1u);
  EXPECT_EQ(sn.virtuals[0].fields[0].descr, &kValue);
  EXPECT_EQ(sn.virtuals[0].fields[0].value, i0);
}

TEST(JitVirtualize, ForcesAtAnEscapeWithTheFieldsWrittenSoFar) {
  T x;
  TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
  TraceRef b = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  x.op(ROP_setfield_gc, {b, i1}, DescrKind::Field, &kValue);
  x.guard(ROP_guard_true, {i1}, {p0, b});                         // before the escape: a virtual in the resume data
  x.op(ROP_setfield_gc, {p0, b}, DescrKind::Field, &kTop);        // stored into an object: escapes
  x.guard(ROP_guard_true, {i1}, {p0, b});                         // after: the object
  x.op(ROP_setfield_gc, {b, x.c(5)}, DescrKind::Field, &kValue);  // a plain write now
  x.op(ROP_jump, {p0, i1}, DescrKind::Target, nullptr);
  EXPECT_EQ(virtualize(x.t), 0u);
  EXPECT_EQ(x.text(),
            "[p0, i1]\n"
            "guard_true(i1, descr=<Guard0x0>) [p0]\n"
            "p2 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "setfield_gc(p2, i1, descr=<FieldS IntBox.value 8>)\n"
            "setfield_gc(p0, p2, descr=<FieldP Frame.top 8>)\n"
            "guard_true(i1, descr=<Guard0x1>) [p0, p2]\n"
            "setfield_gc(p2, 5, descr=<FieldS IntBox.value 8>)\n"
            "jump(p0, i1, descr=TargetToken(0))\n");
  EXPECT_EQ(x.t.snapshots[0].virtuals.size(), 1u);
  EXPECT_EQ(x.t.snapshots[1].virtuals.size(), 0u);
}

TEST(JitVirtualize, NestedAndCyclicVirtualsForcedTogether) {
  T x;
  TraceRef i0 = x.t.add_input(kInt);
  TraceRef a = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  TraceRef b = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  x.op(ROP_setfield_gc, {a, i0}, DescrKind::Field, &kValue);
  x.op(ROP_setfield_gc, {a, b}, DescrKind::Field, &kNext);              // a virtual stored into a virtual
  x.op(ROP_setfield_gc, {b, a}, DescrKind::Field, &kNext);              // and back: a cycle
  TraceRef n = x.op(ROP_getfield_gc_r, {a}, DescrKind::Field, &kNext);  // b
  TraceRef m = x.op(ROP_getfield_gc_r, {n}, DescrKind::Field, &kNext);  // a
  x.guard(ROP_guard_true, {i0}, {m});                                   // reaches both through a's fields
  x.op(ROP_jump, {n}, DescrKind::Target, nullptr);                      // the jump forces b, and a through it
  virtualize(x.t);
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "guard_true(i0, descr=<Guard0x0>) []\n"
            "p1 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "p2 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "setfield_gc(p2, i0, descr=<FieldS IntBox.value 8>)\n"
            "setfield_gc(p2, p1, descr=<FieldP IntBox.next 16>)\n"
            "setfield_gc(p1, p2, descr=<FieldP IntBox.next 16>)\n"
            "jump(p1, descr=TargetToken(0))\n");
  const Snapshot& sn = x.t.snapshots[0];
  ASSERT_EQ(sn.virtuals.size(), 2u);
  EXPECT_EQ(sn.boxes[0], TraceRef::virt(0));  // a
  ASSERT_EQ(sn.virtuals[0].fields.size(), 2u);
  EXPECT_EQ(sn.virtuals[0].fields[1].value, TraceRef::virt(1));  // a.next is b
  ASSERT_EQ(sn.virtuals[1].fields.size(), 1u);
  EXPECT_EQ(sn.virtuals[1].fields[0].value, TraceRef::virt(0));  // b.next is a
}

TEST(JitVirtualize, ReadingAFieldNeverWrittenForcesTheObject) {
  T x;
  x.t.add_input(kInt);
  TraceRef b = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  TraceRef v = x.op(ROP_getfield_gc_i, {b}, DescrKind::Field, &kValue);  // its default, from memory
  x.op(ROP_jump, {v}, DescrKind::Target, nullptr);
  virtualize(x.t);
  EXPECT_EQ(x.text(),
            "[i0]\n"
            "p1 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "i2 = getfield_gc_i(p1, descr=<FieldS IntBox.value 8>)\n"
            "jump(i2, descr=TargetToken(0))\n");
}

TEST(JitVirtualize, TheOptimizerRemovesABoxPerIteration) {
  // The boxed-integer loop: each iteration boxes its counter; the box escapes only at the jump.
  T x;
  TraceRef p0 = x.t.add_input(kRef);
  x.op(ROP_label, {p0}, DescrKind::Target, nullptr);
  TraceRef v = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kValue);
  TraceRef t = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // a temporary: removed
  TraceRef s = x.op(ROP_int_add, {v, x.c(1)});
  x.op(ROP_setfield_gc, {t, s}, DescrKind::Field, &kValue);
  TraceRef s2 = x.op(ROP_getfield_gc_i, {t}, DescrKind::Field, &kValue);
  TraceRef c = x.op(ROP_int_lt, {s2, x.c(100)});
  x.guard(ROP_guard_true, {c}, {t});
  TraceRef nb = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // the next box: forced at the jump
  x.op(ROP_setfield_gc, {nb, s2}, DescrKind::Field, &kValue);
  x.op(ROP_jump, {nb}, DescrKind::Target, nullptr);
  OptResult r = optimize(x.t, OptOptions::from("all"));
  // The temporary, then the box carried across the back edge (virtual state): the loop receives
  // its field, and neither the preamble nor the loop allocates it.
  EXPECT_EQ(r.allocations_removed, 3u);
  EXPECT_EQ(x.text(),
            "[p0]\n"
            "label(p0, descr=TargetToken(0))\n"
            "i1 = getfield_gc_i(p0, descr=<FieldS IntBox.value 8>)\n"
            "i2 = int_add(i1, 1)\n"
            "i3 = int_lt(i2, 100)\n"
            "guard_true(i3, descr=<Guard0x0>) []\n"
            "label(i2, descr=TargetToken(0))\n"
            "i4 = int_add(i2, 1)\n"
            "i5 = int_lt(i4, 100)\n"
            "guard_true(i5, descr=<Guard0x1>) []\n"
            "jump(i4, descr=TargetToken(0))\n");
  ASSERT_EQ(x.t.snapshots.size(), 2u);
  EXPECT_EQ(x.t.snapshots[1].virtuals.size(), 1u);
  EXPECT_EQ(x.t.snapshots[1].virtuals[0].fields[0].value, TraceRef::op(6));  // i4
}

namespace {

// [p0]: v = p0.value; guard v < limit keeping p0; then the next box, maybe escaping first.
Trace carried_box_loop(bool escape) {
  T x;
  TraceRef p0 = x.t.add_input(kRef);
  x.op(ROP_label, {p0}, DescrKind::Target, nullptr);
  TraceRef v = x.op(ROP_getfield_gc_i, {p0}, DescrKind::Field, &kValue);
  TraceRef c = x.op(ROP_int_lt, {v, x.c(100)});
  x.guard(ROP_guard_true, {c}, {p0, v});
  TraceRef s = x.op(ROP_int_add, {v, x.c(3)});
  TraceRef nb = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
  x.op(ROP_setfield_gc, {nb, s}, DescrKind::Field, &kValue);
  if (escape) {  // stored into the previous box: the object is seen outside the trace
    x.op(ROP_setfield_gc, {p0, nb}, DescrKind::Field, &kNext);
  }
  x.op(ROP_jump, {nb}, DescrKind::Target, nullptr);
  return std::move(x.t);
}

}  // namespace

TEST(JitVirtualize, ACarriedBoxKeptByAGuardIsAVirtualOfTheLabelsField) {
  T x;
  x.t = carried_box_loop(false);
  optimize(x.t, OptOptions::from("all"));
  EXPECT_EQ(x.text(),
            "[p0]\n"
            "label(p0, descr=TargetToken(0))\n"
            "i1 = getfield_gc_i(p0, descr=<FieldS IntBox.value 8>)\n"
            "i2 = int_lt(i1, 100)\n"
            "guard_true(i2, descr=<Guard0x0>) [p0, i1]\n"
            "i3 = int_add(i1, 3)\n"
            "label(i3, descr=TargetToken(0))\n"
            "i4 = int_lt(i3, 100)\n"
            "guard_true(i4, descr=<Guard0x1>) [i3]\n"
            "i5 = int_add(i3, 3)\n"
            "jump(i5, descr=TargetToken(0))\n");
  // The loop's guard keeps the box: a virtual IntBox whose value is the label's i3.
  const Snapshot& s = x.t.snapshots[1];
  ASSERT_EQ(s.virtuals.size(), 1u);
  EXPECT_EQ(s.boxes[0], TraceRef::virt(0));
  EXPECT_EQ(s.virtuals[0].cls, &kBox);
  ASSERT_EQ(s.virtuals[0].fields.size(), 1u);
  EXPECT_EQ(s.virtuals[0].fields[0].descr, &kValue);
  EXPECT_EQ(s.virtuals[0].fields[0].value, TraceRef::op(4));  // i3
}

TEST(JitVirtualize, ABoxThatEscapesInTheLoopIsStillAllocated) {
  T x;
  x.t = carried_box_loop(true);
  optimize(x.t, OptOptions::from("all"));
  std::string text = x.text();
  // the previous box is written to: the loop needs the object itself, each iteration allocates it
  EXPECT_NE(text.find("label(p"), text.rfind("label(")) << text;
  size_t loop = text.rfind("label(");
  EXPECT_NE(text.find("new_with_vtable", loop), std::string::npos) << text;
}

// A frame object of a recursive portal call (Trace::scope_end: docs/JIT.md 7.7) that the call
// forces is built in the machine frame; one that is used after the call, or stored into a field,
// or forced before the call, is allocated as before.
TEST(JitVirtualize, BuildsAnObjectEndingWithItsCallInTheFrame) {
  T x;
  TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
  TraceRef f = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // ends with the first call
  x.op(ROP_setfield_gc, {f, i1}, DescrKind::Field, &kValue);
  TraceRef g = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // ends with it, used after
  TraceRef h = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // ends with it, stored in a field
  x.op(ROP_setfield_gc, {p0, h}, DescrKind::Field, &kTop);
  TraceRef call = x.op(ROP_call_i, {x.c(0), f, g}, DescrKind::None, nullptr);
  x.guard(ROP_guard_true, {call}, {p0, g});
  TraceRef k = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);  // ends with the second call
  x.op(ROP_call_n, {x.c(0), k}, DescrKind::None, nullptr);
  x.t.scope_end = {{f.index(), call.index()}, {g.index(), call.index()}, {h.index(), call.index()}, {k.index(), call.index() + 3}};
  x.op(ROP_jump, {p0, i1}, DescrKind::Target, nullptr);
  EXPECT_EQ(virtualize(x.t), 0u);
  EXPECT_EQ(x.text(),
            "[p0, i1]\n"
            "p2 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "setfield_gc(p0, p2, descr=<FieldP Frame.top 8>)\n"
            "p3 = new_with_vtable_in_frame(descr=<SizeDescr IntBox>)\n"
            "setfield_gc(p3, i1, descr=<FieldS IntBox.value 8>)\n"
            "p4 = new_with_vtable(descr=<SizeDescr IntBox>)\n"
            "i5 = call_i(0, p3, p4)\n"
            "guard_true(i5, descr=<Guard0x0>) [p0, p4]\n"
            "p6 = new_with_vtable_in_frame(descr=<SizeDescr IntBox>)\n"
            "call_n(0, p6)\n"
            "jump(p0, i1, descr=TargetToken(0))\n");
}

// An owned list (new_list, docs/JIT.md 16) stored into an object built in the frame at the same
// call is built there too, also behind the guard of a constant index on it read back from that
// object (it cannot fail); with an index that may be out of range, the guard's resume data would
// hand the blackhole the list: it stays in the heap.
TEST(JitVirtualize, BuildsAnOwnedListNextToItsOwnerInTheFrame) {
  for (bool constant_index : {true, false}) {
    T x;
    TraceRef p0 = x.t.add_input(kRef), i1 = x.t.add_input(kInt);
    TraceRef f = x.op(ROP_new_with_vtable, {}, DescrKind::Class, &kBox);
    TraceRef l = x.op(ROP_new_list, {x.c(8), x.c(0)});
    x.op(ROP_setfield_gc, {f, l}, DescrKind::Field, &kTop);
    TraceRef r = x.op(ROP_getfield_gc_r, {f}, DescrKind::Field, &kTop);
    TraceRef n = x.op(ROP_getfield_gc_i, {r}, DescrKind::Field, &kListLenField);
    x.guard(ROP_guard_true, {x.op(ROP_uint_lt, {constant_index ? x.c(7) : i1, n})}, {p0, r});
    TraceRef call = x.op(ROP_call_i, {x.c(0), f}, DescrKind::None, nullptr);
    x.t.scope_end = {{f.index(), call.index()}, {l.index(), call.index()}};
    x.op(ROP_jump, {p0, i1}, DescrKind::Target, nullptr);
    virtualize(x.t);
    std::string text = x.text();
    EXPECT_NE(text.find("new_with_vtable_in_frame"), std::string::npos) << text;
    EXPECT_EQ(text.find("new_list_in_frame(8, 0)") != std::string::npos, constant_index) << text;
  }
}
