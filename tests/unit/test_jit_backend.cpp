// Unit tests of the x86-64 backend (docs/JIT.md 12): hand-written traces compiled and run, each
// leaving through a guard whose exit stores the live values into the frame; jumps between loops,
// exits attached to other code, and register pressure (spills, values kept across calls).
#include <gtest/gtest.h>

#include "jit/backend.hpp"
#include "jit/warmstate.hpp"
#include "trace_builder.hpp"

using namespace rpy::jit;
using rpy::jit::testing::make_op;

namespace {

TraceRef push(Trace& t, ResOp o) {
  t.ops.push_back(std::move(o));
  return TraceRef::op(static_cast<uint32_t>(t.ops.size() - 1));
}

void add_guard(Trace& t, int opnum, std::vector<TraceRef> args, std::vector<TraceRef> live) {
  Snapshot s;
  s.frames.push_back({0, 0, 0, static_cast<uint32_t>(live.size())});
  s.boxes = std::move(live);
  t.snapshots.push_back(std::move(s));
  ResOp g = make_op(opnum, std::move(args), DescrKind::Guard);
  g.snapshot = static_cast<int32_t>(t.snapshots.size() - 1);
  t.ops.push_back(std::move(g));
}

const void* target(int n) { return reinterpret_cast<const void*>(intptr_t{n}); }

}  // namespace

TEST(JitBackend, RunsALoopUntilAGuardFails) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // [n, acc]: acc += n; n -= 1; guard n > 0; jump
  Trace t;
  TraceRef n = t.add_input(kInt), acc = t.add_input(kInt);
  push(t, make_op(ROP_label, {n, acc}, DescrKind::Target, target(0)));
  TraceRef acc2 = push(t, make_op(ROP_int_add, {acc, n}));
  TraceRef n2 = push(t, make_op(ROP_int_sub, {n, t.add_const(kInt, 1)}));
  TraceRef c = push(t, make_op(ROP_int_gt, {n2, t.add_const(kInt, 0)}));
  add_guard(t, ROP_guard_true, {c}, {n2, t.add_const(kInt, 99), acc2});
  push(t, make_op(ROP_jump, {n2, acc2}, DescrKind::Target, target(0)));
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 0, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 100, 0};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  auto* exit = reinterpret_cast<ExitDescr*>(loop->entry(frame));
  EXPECT_EQ(exit->loop, loop);
  EXPECT_FALSE(exit->finish);
  EXPECT_EQ(exit->index, 0u);
  ASSERT_EQ(loop->guards.size(), 1u);
  ASSERT_EQ(loop->guards[0].fail_refs.size(), 2u);  // the constant is not stored
  EXPECT_EQ(frame[0], 0u);                          // n
  EXPECT_EQ(frame[1], 5050u);                       // acc
}

TEST(JitBackend, FloatsComparisonsAndMemory) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  struct Obj {
    int64_t count;
    double x;
    int8_t small;
  } obj{0, 1.0, -3};
  static const FieldDescr count = {static_cast<uint32_t>(offsetof(Obj, count)), 8, kInt, true, "Obj.count", 0};
  static const FieldDescr x = {static_cast<uint32_t>(offsetof(Obj, x)), 8, kFloat, false, "Obj.x", 0};
  static const FieldDescr small = {static_cast<uint32_t>(offsetof(Obj, small)), 1, kInt, true, "Obj.small", 0};
  // [p]: p.x *= 1.5; p.count += p.small; guard p.x < 100.0; jump
  Trace t;
  TraceRef p = t.add_input(kRef);
  push(t, make_op(ROP_label, {p}, DescrKind::Target, target(1)));
  TraceRef fx = push(t, make_op(ROP_getfield_gc_f, {p}, DescrKind::Field, &x));
  TraceRef fx2 = push(t, make_op(ROP_float_mul, {fx, t.add_const(kFloat, w(1.5))}));
  push(t, make_op(ROP_setfield_gc, {p, fx2}, DescrKind::Field, &x));
  TraceRef cnt = push(t, make_op(ROP_getfield_gc_i, {p}, DescrKind::Field, &count));
  TraceRef sm = push(t, make_op(ROP_getfield_gc_i, {p}, DescrKind::Field, &small));
  TraceRef cnt2 = push(t, make_op(ROP_int_add, {cnt, sm}));
  push(t, make_op(ROP_setfield_gc, {p, cnt2}, DescrKind::Field, &count));
  TraceRef lt = push(t, make_op(ROP_float_lt, {fx2, t.add_const(kFloat, w(100.0))}));
  add_guard(t, ROP_guard_true, {lt}, {p, fx2});
  push(t, make_op(ROP_jump, {p}, DescrKind::Target, target(1)));
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 1, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, w(&obj)};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &loop->exits[0]);
  // 1.5**12 = 129.7 is the first value >= 100
  EXPECT_EQ(obj.count, -36);
  EXPECT_DOUBLE_EQ(obj.x, 129.746337890625);
  EXPECT_DOUBLE_EQ(unw<double>(frame[1]), 129.746337890625);
}

static void add_words(const Word* a, Word* r) { r[0] = a[0] + a[1]; }

TEST(JitBackend, CallsAndExitsToAnotherLoop) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  static const CallDescr add = {add_words, "ii", "i", kCanRaise, "add"};
  // loop 2: [i] -> i = add(i, 7); guard_no_exception; jump to loop 3 (which exits at once)
  Trace t3;
  TraceRef j = t3.add_input(kInt);
  push(t3, make_op(ROP_label, {j}, DescrKind::Target, target(3)));
  add_guard(t3, ROP_guard_true, {t3.add_const(kInt, 0)}, {j});
  push(t3, make_op(ROP_jump, {j}, DescrKind::Target, target(3)));
  std::string error;
  CompiledLoop* other = compile_loop(std::move(t3), nullptr, 3, {}, &error);
  ASSERT_NE(other, nullptr) << error;
  Trace t;
  TraceRef i = t.add_input(kInt);
  push(t, make_op(ROP_label, {i}, DescrKind::Target, target(2)));
  TraceRef s =
      push(t, make_op(ROP_call_i, {t.add_const(kInt, reinterpret_cast<Word>(add_words)), i, t.add_const(kInt, 7)}, DescrKind::Call, &add));
  add_guard(t, ROP_guard_no_exception, {}, {s});
  push(t, make_op(ROP_jump, {s}, DescrKind::Target, target(3)));
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 2, {other}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 35};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  // the jump goes straight into loop 3, which leaves by its guard with the value it received
  auto* exit = reinterpret_cast<ExitDescr*>(loop->entry(frame));
  EXPECT_EQ(exit, &other->exits[0]);
  EXPECT_EQ(frame[0], 42u);
}

static void divmod_words(const Word* a, Word* r) {
  r[0] = a[0] / a[1];
  r[1] = a[0] % a[1];
  r[2] = w(static_cast<double>(a[0]) / static_cast<double>(a[1]));
}

// [n] -> call_t(divmod(n, 7)); guard_no_exception; q, m, x = its words; (optionally another
// call before the reads); guard false, exiting with the three words
static Trace tuple_call_trace(bool call_in_between) {
  static const CallDescr divmod = {divmod_words, "ii", "iif", kCanRaise, "divmod"};
  static const CallDescr add = {add_words, "ii", "i", 0, "add"};
  Trace t;
  TraceRef n = t.add_input(kInt);
  push(t, make_op(ROP_label, {n}, DescrKind::Target, target(9)));
  push(t,
       make_op(ROP_call_t, {t.add_const(kInt, reinterpret_cast<Word>(divmod_words)), n, t.add_const(kInt, 7)}, DescrKind::Call, &divmod));
  add_guard(t, ROP_guard_no_exception, {}, {n});
  if (call_in_between) push(t, make_op(ROP_call_i, {t.add_const(kInt, reinterpret_cast<Word>(add_words)), n, n}, DescrKind::Call, &add));
  TraceRef q = push(t, make_op(ROP_call_result_i, {t.add_const(kInt, 0)}));
  TraceRef m = push(t, make_op(ROP_call_result_i, {t.add_const(kInt, 1)}));
  TraceRef x = push(t, make_op(ROP_call_result_f, {t.add_const(kInt, 2)}));
  add_guard(t, ROP_guard_true, {t.add_const(kInt, 0)}, {q, m, x});
  push(t, make_op(ROP_jump, {n}, DescrKind::Target, target(9)));
  return t;
}

TEST(JitBackend, ACallReturningATupleIsReadFromItsResultArea) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  std::string error;
  CompiledLoop* loop = compile_loop(tuple_call_trace(false), nullptr, 9, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 100};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &loop->exits[1]);
  EXPECT_EQ(frame[0], 14u);
  EXPECT_EQ(frame[1], 2u);
  EXPECT_DOUBLE_EQ(unw<double>(frame[2]), 100.0 / 7);
}

TEST(JitBackend, RefusesCallResultsAfterAnotherCall) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // invariant T1 (docs/JIT.md 10): the result area would hold the other call's word
  std::string error;
  EXPECT_EQ(compile_loop(tuple_call_trace(true), nullptr, 10, {}, &error), nullptr);
  EXPECT_EQ(error, "call_result not right after its call_t");
}

TEST(JitBackend, JumpArgumentsMoveInParallel) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // [n, a, b, x]: guard n > 0; jump(n - 1, b, a, x * 0.5): a and b swap places every iteration
  Trace t;
  TraceRef n = t.add_input(kInt), a = t.add_input(kInt), b = t.add_input(kInt), x = t.add_input(kFloat);
  push(t, make_op(ROP_label, {n, a, b, x}, DescrKind::Target, target(4)));
  TraceRef c = push(t, make_op(ROP_int_gt, {n, t.add_const(kInt, 0)}));
  add_guard(t, ROP_guard_true, {c}, {n, a, b, x});
  TraceRef n2 = push(t, make_op(ROP_int_sub, {n, t.add_const(kInt, 1)}));
  TraceRef x2 = push(t, make_op(ROP_float_mul, {x, t.add_const(kFloat, w(0.5))}));
  push(t, make_op(ROP_jump, {n2, b, a, x2}, DescrKind::Target, target(4)));
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 4, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 5, 111, 222, w(64.0)};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &loop->exits[0]);
  EXPECT_EQ(frame[0], 0u);
  EXPECT_EQ(frame[1], 222u);  // five swaps
  EXPECT_EQ(frame[2], 111u);
  EXPECT_DOUBLE_EQ(unw<double>(frame[3]), 2.0);
}

static void mix_words(const Word* a, Word* r) { r[0] = a[0] * 31 + a[1]; }

TEST(JitBackend, SpillsAndKeepsValuesAcrossCalls) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  static const CallDescr mix = {mix_words, "ii", "i", 0, "mix"};
  // 24 values alive at once, a call in the middle, a float kept across it, then all summed
  Trace t;
  TraceRef n = t.add_input(kInt), f = t.add_input(kFloat);
  std::vector<TraceRef> vs;
  for (int k = 0; k < 24; ++k) vs.push_back(push(t, make_op(ROP_int_mul, {n, t.add_const(kInt, k + 1)})));
  TraceRef f2 = push(t, make_op(ROP_float_add, {f, f}));
  TraceRef m = push(t, make_op(ROP_call_i, {t.add_const(kInt, reinterpret_cast<Word>(mix_words)), vs[3], vs[5]}, DescrKind::Call, &mix));
  TraceRef sum = m;
  for (TraceRef v : vs) sum = push(t, make_op(ROP_int_add, {sum, v}));
  TraceRef f3 = push(t, make_op(ROP_float_mul, {f2, f}));
  add_guard(t, ROP_guard_true, {t.add_const(kInt, 0)}, {sum, f3, n});
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 5, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 3, w(1.5)};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  ASSERT_GE(loop->frame_words, 3u);
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &loop->exits[0]);
  // mix(12, 18) = 390; 3 * (1 + ... + 24) = 900
  EXPECT_EQ(frame[0], 1290u);
  EXPECT_DOUBLE_EQ(unw<double>(frame[1]), 4.5);
  EXPECT_EQ(frame[2], 3u);
}

TEST(JitBackend, AnAttachedExitJumpsToItsCode) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // loop 6: [i] i += 1; guard i < 10 [i]; jump. Bridge 7 from that guard: [i] exits with i * 2.
  Trace t;
  TraceRef i = t.add_input(kInt);
  push(t, make_op(ROP_label, {i}, DescrKind::Target, target(6)));
  TraceRef i2 = push(t, make_op(ROP_int_add, {i, t.add_const(kInt, 1)}));
  TraceRef c = push(t, make_op(ROP_int_lt, {i2, t.add_const(kInt, 10)}));
  add_guard(t, ROP_guard_true, {c}, {i2});
  push(t, make_op(ROP_jump, {i2}, DescrKind::Target, target(6)));
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 6, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Trace b;
  TraceRef j = b.add_input(kInt);
  TraceRef j2 = push(b, make_op(ROP_int_mul, {j, b.add_const(kInt, 2)}));
  add_guard(b, ROP_guard_true, {b.add_const(kInt, 0)}, {j2});
  CompiledLoop* bridge = compile_loop(std::move(b), nullptr, 7, {}, &error);
  ASSERT_NE(bridge, nullptr) << error;
  Word block[1 + 64] = {64, 0};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &loop->exits[0]);
  EXPECT_EQ(frame[0], 10u);
  attach_exit(&loop->exits[0], bridge);
  frame[0] = 3;
  EXPECT_EQ(reinterpret_cast<ExitDescr*>(loop->entry(frame)), &bridge->exits[0]);
  EXPECT_EQ(frame[0], 20u);
}

TEST(JitBackend, AFinishLeavesItsValuesAndTheirCount) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // [n, x]: a trace that ends without looping (the portal returned while it was traced):
  // guard n > 0; finish(n * 3, x + 0.5): the runner reads exit->nvalues words of the frame.
  Trace t;
  TraceRef n = t.add_input(kInt), x = t.add_input(kFloat);
  push(t, make_op(ROP_label, {n, x}, DescrKind::Target, target(0)));
  TraceRef c = push(t, make_op(ROP_int_gt, {n, t.add_const(kInt, 0)}));
  add_guard(t, ROP_guard_true, {c}, {n, x});
  TraceRef n3 = push(t, make_op(ROP_int_mul, {n, t.add_const(kInt, 3)}));
  TraceRef x2 = push(t, make_op(ROP_float_add, {x, t.add_const(kFloat, w(0.5))}));
  push(t, make_op(ROP_finish, {n3, x2}));
  std::string error;
  CompiledLoop* loop = compile_loop(std::move(t), nullptr, 0, {}, &error);
  ASSERT_NE(loop, nullptr) << error;
  Word block[1 + 64] = {64, 14, w(2.25)};  // (frame[-1]: its size, docs/JIT.md 12.2)
  Word* frame = block + 1;
  auto* exit = reinterpret_cast<ExitDescr*>(loop->entry(frame));
  EXPECT_TRUE(exit->finish);
  EXPECT_EQ(exit->index, 0u);
  EXPECT_EQ(exit->nvalues, 2u);
  EXPECT_EQ(frame[0], 42u);
  EXPECT_EQ(unw<double>(frame[1]), 2.75);
  Word other_block[1 + 64] = {64, 0, w(1.0)};  // the guard fails: no finish
  exit = reinterpret_cast<ExitDescr*>(loop->entry(other_block + 1));
  EXPECT_FALSE(exit->finish);
}

TEST(JitBackend, ACallAssemblerRunsTheCalleesCodeInTheNextLevelsFrame) {
  if (!backend_available()) GTEST_SKIP() << "no backend";
  // call_assembler in machine code (docs/JIT.md 7.7): the caller (level 0) calls the portal
  // recursively; the callee key's loop (n -> finish(n * 3 + 1)) runs in level 1's frame, entered
  // straight from the caller's code, and its finish (the portal's return) hands the result back
  // to the caller's code. (Before, the call went to call_portal_at_merge_point through
  // call_catching: it reads the program's drivers, which this test has none of.) Level 1's frame
  // is smaller than the callee needs: the callee's entry check grows it, and the result is read
  // from the new one.
  static const DriverDescr driver = {"d", 0, 1, "i", nullptr, nullptr, 0, 0, 0, 'i', "i", nullptr, nullptr};
  static const CallDescr portal = {call_portal_at_merge_point, "iii", "i", kCanRaise, "call_assembler", 0};
  Trace tc;
  TraceRef n = tc.add_input(kInt);
  push(tc, make_op(ROP_label, {n}, DescrKind::Target, target(10)));
  TraceRef n3 = push(tc, make_op(ROP_int_mul, {n, tc.add_const(kInt, 3)}));
  TraceRef n31 = push(tc, make_op(ROP_int_add, {n3, tc.add_const(kInt, 1)}));
  push(tc, make_op(ROP_finish, {n31}));
  std::string error;
  CompiledLoop* callee = compile_loop(std::move(tc), &driver, 10, {}, &error);
  ASSERT_NE(callee, nullptr) << error;
  callee->finish_greens.push_back(nullptr);  // (its finish returns from the portal)
  mark_portal_returns(callee);
  static JitCell cell = {&driver, 0, nullptr, kCellTraced, nullptr, nullptr};
  cell.loop = callee;
  // caller: [a, b] -> r = call_assembler(driver 0, cell, a); guard_no_exception; finish(r + b)
  Trace t;
  TraceRef a = t.add_input(kInt), b = t.add_input(kInt);
  push(t, make_op(ROP_label, {a, b}, DescrKind::Target, target(11)));
  TraceRef r = push(t, make_op(ROP_call_i,
                               {t.add_const(kInt, reinterpret_cast<Word>(call_portal_at_merge_point)), t.add_const(kInt, 0),
                                t.add_const(kInt, reinterpret_cast<Word>(&cell)), a},
                               DescrKind::Call, &portal));
  add_guard(t, ROP_guard_no_exception, {}, {b});
  TraceRef s = push(t, make_op(ROP_int_add, {r, b}));
  push(t, make_op(ROP_finish, {s}));
  CompiledLoop* caller = compile_loop(std::move(t), &driver, 11, {}, &error);
  ASSERT_NE(caller, nullptr) << error;
  WarmState& ws = WarmState::get();
  Word* level0 = ws.frame_at(0, 64);
  ws.frame_at(1, 2);  // (smaller than any compiled code needs)
  WarmState::FrameRefs fr = ws.frame_refs();
  *fr.depth = 1;  // (level 0 runs)
  level0[0] = 13;
  level0[1] = 100;
  auto* exit = reinterpret_cast<ExitDescr*>(caller->entry(level0));
  EXPECT_EQ(*fr.depth, 1u);
  *fr.depth = 0;
  EXPECT_EQ(exit, &caller->exits[1]);                  // its finish, not the guard
  EXPECT_EQ(level0[0], 140u);                          // 13 * 3 + 1 + 100
  EXPECT_GE((*fr.frames)[1][0], callee->frame_words);  // level 1's frame grew
}
