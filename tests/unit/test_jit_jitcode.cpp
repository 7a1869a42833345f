// Unit tests of the JIT's jitcode (docs/JIT.md 6, 8): the assembler's encoding and checks,
// liveness, and the blackhole interpreter running hand-written jitcode.
#include <gc/gc.h>
#include <gtest/gtest.h>

#include "jit/blackhole.hpp"
#include "jit/codewriter.hpp"
#include "rpy/rpy.hpp"

using namespace rpy::jit;

namespace {

// Builds symbolic jitcode the way the codewriter does, with the constants' values at hand.
struct Builder {
  JitCodeOut c;
  std::vector<Word> const_words[3];
  uint32_t labels = 0;

  Builder() { c.name = "test"; }
  static RegRef reg(Kind k, uint16_t n) { return {k, n, false}; }
  RegRef ci(int64_t v) {
    uint16_t idx = c.consts[kInt].add(std::to_string(v), std::to_string(v));
    if (idx == const_words[kInt].size()) const_words[kInt].push_back(static_cast<Word>(v));
    return {kInt, idx, true};
  }
  static Operand in(RegRef r) {
    Operand o;
    o.reg = r;
    return o;
  }
  static Operand out(RegRef r) {
    Operand o = in(r);
    o.result = true;
    return o;
  }
  static Operand lbl(uint32_t l) {
    Operand o;
    o.tag = Operand::Label;
    o.value = l;
    return o;
  }
  static Operand tagged(Operand::Tag t, uint32_t v) {
    Operand o;
    o.tag = t;
    o.value = v;
    return o;
  }
  void emit(int op, std::vector<Operand> ops) {
    Insn i;
    i.op = op;
    i.ops = std::move(ops);
    c.insns.push_back(i);
  }
  void place(uint32_t l) {
    Insn i;
    i.op = -1;
    i.label = l;
    c.insns.push_back(i);
  }
  // The run-time JitCode of the assembled code (pointers into this builder).
  JitCode runtime() {
    assemble(c);
    JitCode j{};
    j.name = "test";
    j.file = "test.py";
    j.code = c.code.data();
    j.len = static_cast<uint32_t>(c.code.size());
    for (int k = 0; k < 3; ++k) {
      j.num_regs[k] = c.num_regs[k];
      j.num_consts[k] = static_cast<uint16_t>(const_words[k].size());
      j.consts[k] = const_words[k].data();
    }
    j.handlers = c.handlers.data();
    j.num_handlers = static_cast<uint16_t>(c.handlers.size());
    j.result_kinds = "i";
    return j;
  }
};

// sum(n): acc = 0; while n > 0: acc += n; n -= 1; return acc   (n in %i0, acc in %i1)
Builder sum_loop() {
  Builder b;
  b.c.num_regs[kInt] = 3;
  RegRef n = Builder::reg(kInt, 0), acc = Builder::reg(kInt, 1), t = Builder::reg(kInt, 2);
  uint32_t top = b.labels++, end = b.labels++;
  b.emit(OP_int_copy, {Builder::in(b.ci(0)), Builder::out(acc)});
  b.place(top);
  b.emit(OP_int_gt, {Builder::in(n), Builder::in(b.ci(0)), Builder::out(t)});
  b.emit(OP_goto_if_not, {Builder::in(t), Builder::lbl(end)});
  b.emit(OP_int_add, {Builder::in(acc), Builder::in(n), Builder::out(acc)});
  b.emit(OP_int_sub, {Builder::in(n), Builder::in(b.ci(1)), Builder::out(n)});
  b.emit(OP_goto, {Builder::lbl(top)});
  b.place(end);
  b.emit(OP_ret_i, {Builder::in(acc)});
  return b;
}

// Runs `code` as the portal of a driver whose only red is %i0 = arg, from pc `start`.
int run(JitCode& code, Word arg, Word* result, bool step = false, uint32_t start = 0, ClassDescr* classes = nullptr) {
  static const char kinds[] = "i";
  static const uint16_t regs[] = {0};
  static const char* const names[] = {"n", nullptr};
  DriverDescr d{"test", 0, 1, kinds, names, regs, 0, 0, start, 'i', "i", nullptr, nullptr};
  Program p{&code, 1, nullptr, nullptr, nullptr, classes, &d, 1};
  Blackhole bh(&p);
  result[0] = arg;
  int status = bh.run_portal(&d, result, step);
  if (status == kRaise) result[0] = reinterpret_cast<Word>(bh.exception());
  return status;
}

}  // namespace

TEST(JitAssembler, EncodesRegistersConstantsAndLabels) {
  Builder b = sum_loop();
  assemble(b.c);
  const std::vector<uint8_t>& code = b.c.code;
  // int_copy $0 -> %i1: constants follow the 3 registers
  ASSERT_GE(code.size(), 5u);
  EXPECT_EQ(code[0], OP_int_copy);
  EXPECT_EQ(rd16(&code[1]), 3);
  EXPECT_EQ(rd16(&code[3]), 1);
  // int_gt at pc 5, goto_if_not at 12 jumps to the ret_i after the loop
  EXPECT_EQ(code[5], OP_int_gt);
  EXPECT_EQ(code[12], OP_goto_if_not);
  uint32_t target = rd32(&code[15]);
  EXPECT_EQ(code[target], OP_ret_i);
  EXPECT_EQ(insn_length(code.data(), 12), 7u);
}

TEST(JitAssembler, RejectsOperandsNotMatchingTheSignature) {
  Builder b;
  b.c.num_regs[kInt] = 1;
  b.c.num_regs[kRef] = 1;
  b.emit(OP_int_add, {Builder::in(Builder::reg(kInt, 0)), Builder::in(Builder::reg(kRef, 0)), Builder::out(Builder::reg(kInt, 0))});
  EXPECT_THROW(assemble(b.c), std::logic_error);
  Builder c;
  c.c.num_regs[kInt] = 1;
  c.emit(OP_int_neg, {Builder::in(Builder::reg(kInt, 0))});  // the result is missing
  EXPECT_THROW(assemble(c.c), std::logic_error);
}

TEST(JitLiveness, LoopVariablesAreLiveAtTheLoopHead) {
  Builder b = sum_loop();
  // before int_gt (index 2: copy, label, int_gt): n and acc are live, the temporary is not
  auto live = live_before(b.c, 2);
  EXPECT_EQ(live[kInt], (std::set<uint16_t>{0, 1}));
  // before ret_i: only acc
  auto at_ret = live_before(b.c, b.c.insns.size() - 1);
  EXPECT_EQ(at_ret[kInt], (std::set<uint16_t>{1}));
  // before the first instruction: n (acc is written first)
  EXPECT_EQ(live_before(b.c, 0)[kInt], (std::set<uint16_t>{0}));
}

TEST(JitLiveness, HandlersSeeTheRegistersOfTheirRange) {
  Builder b;
  b.c.num_regs[kInt] = 2;
  RegRef x = Builder::reg(kInt, 0), y = Builder::reg(kInt, 1);
  uint32_t start = b.labels++, end = b.labels++, handler = b.labels++;
  b.place(start);
  b.emit(OP_int_floordiv, {Builder::in(b.ci(1)), Builder::in(x), Builder::out(x)});
  b.place(end);
  b.emit(OP_ret_i, {Builder::in(x)});
  b.place(handler);
  b.emit(OP_ret_i, {Builder::in(y)});  // y is read only by the handler
  b.c.ranges.push_back({start, end, handler});
  EXPECT_EQ(live_before(b.c, 1)[kInt], (std::set<uint16_t>{0, 1}));
}

TEST(JitBlackhole, RunsALoop) {
  Builder b = sum_loop();
  JitCode code = b.runtime();
  Word result[1];
  ASSERT_EQ(run(code, 100, result), kReturn);
  EXPECT_EQ(result[0], 5050u);
}

TEST(JitBlackhole, StopsAtTheMergePointWhenAsked) {
  Builder b;
  b.c.num_regs[kInt] = 1;
  RegRef n = Builder::reg(kInt, 0);
  b.emit(OP_int_add, {Builder::in(n), Builder::in(b.ci(5)), Builder::out(n)});
  b.emit(OP_jit_merge_point, {Builder::tagged(Operand::Imm, 0)});
  b.emit(OP_ret_i, {Builder::in(n)});
  JitCode code = b.runtime();
  Word result[1];
  ASSERT_EQ(run(code, 1, result, true), kReenter);
  EXPECT_EQ(result[0], 6u);
  ASSERT_EQ(run(code, 1, result, false), kReturn);  // not stopping: runs to the return
  EXPECT_EQ(result[0], 6u);
}

static bool is_zero_division(void* p) { return dynamic_cast<rpy::ZeroDivisionError*>(static_cast<rpy::Object*>(p)) != nullptr; }

TEST(JitBlackhole, DispatchesExceptionsToHandlersOrOutOfThePortal) {
  GC_INIT();
  ClassDescr classes[] = {{nullptr, nullptr, is_zero_division, "ZeroDivisionError", 0, nullptr}};
  // try: return 100 // n  except ZeroDivisionError: return -1
  Builder b;
  b.c.num_regs[kInt] = 2;
  b.c.num_regs[kRef] = 1;
  RegRef n = Builder::reg(kInt, 0), t = Builder::reg(kInt, 1), e = Builder::reg(kRef, 0);
  uint32_t start = b.labels++, end = b.labels++, handler = b.labels++, other = b.labels++;
  b.place(start);
  b.emit(OP_int_floordiv, {Builder::in(b.ci(100)), Builder::in(n), Builder::out(n)});
  b.place(end);
  b.emit(OP_ret_i, {Builder::in(n)});
  b.place(handler);
  b.emit(OP_last_exception, {Builder::out(e)});
  b.emit(OP_exc_matches, {Builder::in(e), Builder::tagged(Operand::Descr, 0), Builder::out(t)});
  b.emit(OP_goto_if_not, {Builder::in(t), Builder::lbl(other)});
  b.emit(OP_ret_i, {Builder::in(b.ci(-1))});
  b.place(other);
  b.emit(OP_raise, {Builder::in(e)});
  b.c.ranges.push_back({start, end, handler});
  JitCode code = b.runtime();
  Word result[1];
  ASSERT_EQ(run(code, 7, result, false, 0, classes), kReturn);
  EXPECT_EQ(result[0], 14u);
  ASSERT_EQ(run(code, 0, result, false, 0, classes), kReturn);
  EXPECT_EQ(static_cast<int64_t>(result[0]), -1);
  // Without the handler the exception leaves the portal.
  b.c.ranges.clear();
  JitCode bare = b.runtime();
  ASSERT_EQ(run(bare, 0, result, false, 0, classes), kRaise);
  EXPECT_TRUE(is_zero_division(reinterpret_cast<void*>(result[0])));
}
