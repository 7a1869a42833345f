// The x86-64 backend (docs/JIT.md 12): every trace is code under one convention, so that traces
// jump to each other without returning to C++. rbp holds the frame (a GC-visible Word array
// shared by all traces); rsp points at a fixed scratch area for calls (argument and result
// words), set up once by the C-callable entry stub of the loop first entered; rax and r11 are
// scratch. A trace's code takes its inputs in frame[0...]; its values live in registers
// (assigned by a one-pass allocator over the linear trace) and, when spilled, in frame slots
// above the exit area. asmjit's Assembler encodes the instructions.
#include <gc/gc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "jit/backend.hpp"
#include "jit/semantics.hpp"
#include "jit/backend_regalloc.hpp"
#include "jit/warmstate.hpp"
#include "rpy/rpy.hpp"

namespace rpy::jit {

BaseException* last_call_exception = nullptr;
bool count_runs = false;
static uint32_t g_frame_words = 1;

uint32_t frame_words_needed() { return g_frame_words; }

BaseException* call_catching(CallFn fn, const Word* args, Word* results) {
  try {
    fn(args, results);
    last_call_exception = nullptr;
    return nullptr;
  } catch (BaseException* e) {
    last_call_exception = e;
    return e;
  }
}

void attach_exit(ExitDescr* exit, const CompiledLoop* code) { exit->target = code->code; }

void mark_portal_returns(CompiledLoop* loop) {
  size_t first = loop->guards.size();
  for (size_t k = 0; k < loop->finish_greens.size() && first + k < loop->exits.size(); ++k)
    loop->exits[first + k].returns = loop->finish_greens[k] == nullptr;
}

#ifndef RPY_HAVE_ASMJIT

bool backend_available() { return false; }
CompiledLoop* compile_loop(Trace&&, const DriverDescr*, int, const std::vector<CompiledLoop*>&, std::string* error) {
  *error = "no backend (rpy was built without asmjit)";
  return nullptr;
}

#else

using namespace asmjit;

bool backend_available() { return true; }

// Operations with Python semantics the code calls (their arguments are in range: the trace has
// guards for that).
static int64_t jit_floordiv(int64_t a, int64_t b) { return rpy::int_floordiv(a, b); }
static int64_t jit_mod(int64_t a, int64_t b) { return rpy::int_mod(a, b); }
static int64_t jit_lshift(int64_t a, int64_t b) { return rpy::int_lshift(a, b); }
static int64_t jit_rshift(int64_t a, int64_t b) { return rpy::int_rshift(a, b); }
static int64_t jit_pow(int64_t a, int64_t b) { return rpy::int_pow(a, b); }
static double jit_float_floordiv(double a, double b) { return rpy::float_floordiv(a, b); }
static double jit_float_mod(double a, double b) { return rpy::float_mod(a, b); }
static void jit_recursion_error(const Word*, Word*) { rpy::raise_recursion_error(); }

static JitRuntime& runtime() {
  static JitRuntime* rt = new JitRuntime();
  return *rt;
}

// The common way out to the runner: undoes the entry stub's frame and returns rax (the ExitDescr*).
static const void* exit_to_runner() {
  static const void* code = [] {
    CodeHolder h;
    h.init(runtime().environment());
    x86::Assembler a(&h);
    a.add(x86::rsp, kStackBytes);
    a.pop(x86::r15);
    a.pop(x86::r14);
    a.pop(x86::r13);
    a.pop(x86::r12);
    a.pop(x86::rbx);
    a.pop(x86::rbp);
    a.ret();
    void* fn = nullptr;
    runtime().add(&fn, &h);
    return static_cast<const void*>(fn);
  }();
  return code;
}

namespace {

class ThrowingErrors : public ErrorHandler {
 public:
  std::string message;
  void handleError(Error, const char* msg, BaseEmitter*) override {
    if (message.empty()) message = msg;
  }
};

// Whether an operation calls a C function (every caller-saved register is lost).
bool clobbers_caller_saved(const Trace& t, const ResOp& op) {
  switch (op.opnum) {
    case ROP_int_floordiv:
    case ROP_int_mod:
    case ROP_int_pow:
    case ROP_float_floordiv:
    case ROP_float_mod:
    case ROP_new_with_vtable:
    case ROP_new_with_vtable_in_frame:
    case ROP_new_list:
    case ROP_new_list_in_frame:
      return true;
    case ROP_int_lshift:
    case ROP_int_rshift:
      return !(op.args[1].is_const() && t.const_value(op.args[1]) < 64);
    default:
      return rop_is_call(op.opnum);
  }
}

class Writer : public RegAlloc {
 public:
  Writer(x86::Assembler& a, CompiledLoop& loop, const std::vector<CompiledLoop*>& others)
      : RegAlloc(a, loop.trace), loop_(loop), others_(others) {}
  bool write(std::string* error);
  Label code_start() const { return code_start_; }
  Label code_checked() const { return grown_label_; }
  // The words of frame the code needs (its own and those of the traces it jumps to), once the
  // code is written: the frame check at code_start reads them from after the code.
  void frame_check_data(uint64_t words);

 private:
  bool prepare(std::string* error);
  bool op(size_t i, const ResOp& op, std::string* error);
  void guard(size_t i, const ResOp& op);
  void int_binary(size_t i, const ResOp& op);
  void compare(size_t i, const ResOp& op);
  void float_op(size_t i, const ResOp& op);
  void memory(size_t i, const ResOp& op);
  void call(size_t i, const ResOp& op);
  // args[1...lazy): constants stored only off the fast path; args[unstored...): reds not in the
  // scratch area yet (the fast path stores them into the callee's frame, the slow path there)
  // The registers its fast path works in before the call: the callee loop's entry, the address
  // and value of the nesting depth, the next level's frame block, a copy temporary.
  struct PortalTemps {
    x86::Gp loop, depth_at, depth, block, copy;
  };
  bool portal_temps(const ResOp& op, size_t reds, PortalTemps* t);
  void portal_call(const ResOp& op, const JitCell* cell, size_t lazy, size_t unstored, const PortalTemps& t);
  // the scratch area's word for argument k of a call op (args[0] is the function)
  static x86::Mem scratch_arg(size_t k) { return x86::qword_ptr(x86::rsp, static_cast<int32_t>(8 * (k - 1))); }
  void catching_call(CallFn fn);
  void helper_call(size_t i, const void* fn, bool flt, int nargs, const asmjit::x86::Mem* frame_words = nullptr);
  void label(size_t i, const ResOp& op);
  bool jump(size_t i, const ResOp& op, std::string* error);
  void exit_through(ExitDescr* e);
  void stubs();

  CompiledLoop& loop_;
  const std::vector<CompiledLoop*>& others_;
  size_t last_label_ = SIZE_MAX;
  std::vector<Loc> label_locs_;
  Label label_;
  Label code_start_;
  Label grow_label_, grown_label_, need_label_;  // the frame check at code_start (write)
  struct Stub {
    Label label;
    uint32_t guard;
    std::vector<Loc> locs;  // of the fail values at the guard
  };
  std::vector<Stub> stubs_;
  int fused_ = -1;  // the condition code of a comparison fused with the next guard
  size_t fused_at_ = SIZE_MAX;
  bool after_call_ = false;         // rax holds the exception of the previous operation's call
  bool results_of_call_t_ = false;  // the result area holds the words of a call_t (no call since)
  uint32_t finishes_ = 0;
};

bool Writer::prepare(std::string* error) {
  const Trace& tr = t_;
  // The guards' fail values: the snapshot's boxes that are not constants, each once.
  uint32_t exit_area = static_cast<uint32_t>(tr.inputs.size());
  size_t nguards = 0, nfinish = 0;
  for (const ResOp& op : tr.ops) {
    if (rop_is_guard(op.opnum)) {
      const Snapshot& s = tr.snapshots[static_cast<size_t>(op.snapshot)];
      GuardInfo g;
      g.snapshot = static_cast<uint32_t>(op.snapshot);
      g.exception = op.opnum == ROP_guard_no_exception || op.opnum == ROP_guard_exception;
      auto add = [&](TraceRef b) {  // (constants and virtuals are resume data, not fail values)
        if (b.is_value() && std::find(g.fail_refs.begin(), g.fail_refs.end(), b) == g.fail_refs.end()) g.fail_refs.push_back(b);
      };
      s.for_each_ref(add);
      if (op.opnum == ROP_guard_value && !op.args[0].is_const()) {
        add(op.args[0]);
        g.value_index = static_cast<int32_t>(std::find(g.fail_refs.begin(), g.fail_refs.end(), op.args[0]) - g.fail_refs.begin());
      }
      exit_area = std::max(exit_area, static_cast<uint32_t>(g.fail_refs.size()));
      loop_.guards.push_back(std::move(g));
      ++nguards;
    }
    if (op.opnum == ROP_jump || op.opnum == ROP_finish) exit_area = std::max(exit_area, static_cast<uint32_t>(op.args.size()));
    if (op.opnum == ROP_finish) ++nfinish;
    if (op.opnum == ROP_label) last_label_ = static_cast<size_t>(&op - tr.ops.data());
  }
  loop_.exits.resize(nguards + nfinish);
  for (size_t k = 0; k < loop_.exits.size(); ++k)
    loop_.exits[k] = {&loop_, static_cast<uint32_t>(k < nguards ? k : k - nguards), k >= nguards, exit_to_runner()};
  init_values(exit_area);
  // Uses: operation arguments, the guards' fail values, the label's arguments.
  size_t g = 0;
  for (size_t i = 0; i < tr.ops.size(); ++i) {
    const ResOp& op = tr.ops[i];
    if (op.opnum != ROP_debug_merge_point)
      for (const TraceRef& r : op.args) use(r, i, true);
    if (rop_is_guard(op.opnum))
      for (const TraceRef& r : loop_.guards[g++].fail_refs) use(r, i, false);
    if (op.kind != kVoid) define(TraceRef::op(static_cast<uint32_t>(i)), op.kind == kFloat, i);
    call_at_.push_back(clobbers_caller_saved(tr, op));
  }
  compute_lifetimes();
  if (last_label_ != SIZE_MAX) {
    // The loop's body reads only the label's arguments and its own values: whatever was computed
    // before the label must be passed through it.
    const ResOp& lab = tr.ops[last_label_];
    std::vector<uint32_t> args;
    for (const TraceRef& r : lab.args) {
      if (r.is_const() || std::find(args.begin(), args.end(), r.bits) != args.end()) {
        *error = "a label argument that is a constant or repeated";
        return false;
      }
      args.push_back(r.bits);
    }
    auto defined_before = [&](TraceRef r) { return r.tag() == TraceRef::kInput || (r.tag() == TraceRef::kOp && r.index() < last_label_); };
    size_t gi = 0;
    for (size_t i = 0; i < tr.ops.size(); ++i) {
      const ResOp& op = tr.ops[i];
      bool guard_op = rop_is_guard(op.opnum);
      if (i <= last_label_) {
        gi += guard_op ? 1 : 0;
        continue;
      }
      auto check = [&](TraceRef r) { return !defined_before(r) || std::find(args.begin(), args.end(), r.bits) != args.end(); };
      for (const TraceRef& r : op.args)
        if (!r.is_const() && !check(r)) {
          *error = "a value from before the label used after it";
          return false;
        }
      if (guard_op) {
        for (const TraceRef& r : loop_.guards[gi].fail_refs)
          if (!check(r)) {
            *error = "a value from before the label used after it";
            return false;
          }
        ++gi;
      }
    }
  }
  return true;
}

void Writer::exit_through(ExitDescr* e) {
  a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(e)));
  a_.jmp(x86::qword_ptr(x86::rax, static_cast<int32_t>(offsetof(ExitDescr, target))));
}

void Writer::guard(size_t i, const ResOp& op) {
  uint32_t gi = static_cast<uint32_t>(stubs_.size());
  Stub s{a_.newLabel(), gi, {}};
  for (const TraceRef& r : loop_.guards[gi].fail_refs) s.locs.push_back(loc(r));
  Label fail = s.label;
  stubs_.push_back(std::move(s));
  switch (op.opnum) {
    case ROP_guard_true:
    case ROP_guard_false: {
      bool want = op.opnum == ROP_guard_true;
      if (fused_at_ == i - 1 && op.args[0] == TraceRef::op(static_cast<uint32_t>(i - 1))) {
        // the comparison set the flags: jump when the condition is not what the guard wants; the
        // condition's value is known on either side
        set_known(op.args[0], want ? 0 : 1);
        stubs_.back().locs.clear();
        for (const TraceRef& r : loop_.guards[gi].fail_refs) stubs_.back().locs.push_back(loc(r));
        set_known(op.args[0], want ? 1 : 0);
        auto cc = want ? x86::negateCond(static_cast<x86::CondCode>(fused_)) : static_cast<x86::CondCode>(fused_);
        a_.j(cc, fail);
        break;
      }
      Operand_ c = operand(op.args[0], true);
      if (c.isImm()) {  // a constant condition
        if ((c.as<Imm>().value() != 0) != want) a_.jmp(fail);
        break;
      }
      if (c.isMem())
        a_.cmp(c.as<x86::Mem>(), 0);
      else
        a_.test(c.as<x86::Gp>(), c.as<x86::Gp>());
      if (want)
        a_.jz(fail);
      else
        a_.jnz(fail);
      break;
    }
    case ROP_guard_value:
      if (is_float(op.args[0])) {
        x86::Xmm x = xmm_of(op.args[0]);
        x86::Xmm k = xmm_of(op.args[1]);
        a_.ucomisd(x, k);
        a_.jne(fail);
        a_.jp(fail);
      } else {
        cmp_operands(op.args[0], op.args[1]);
        a_.jne(fail);
      }
      break;
    case ROP_guard_nonnull:
    case ROP_guard_isnull: {
      x86::Gp p = gp_of(op.args[0]);
      a_.test(p, p);
      if (op.opnum == ROP_guard_nonnull)
        a_.jz(fail);
      else
        a_.jnz(fail);
      break;
    }
    case ROP_guard_class: {
      x86::Gp p = gp_of(op.args[0]);
      a_.mov(x86::r11, imm(static_cast<int64_t>(t_.const_value(op.args[1]))));
      a_.cmp(x86::qword_ptr(p), x86::r11);
      a_.jne(fail);
      break;
    }
    case ROP_guard_no_exception:
      a_.test(x86::rax, x86::rax);
      a_.jnz(fail);
      break;
    case ROP_guard_exception: {  // raised, and exactly this class: the exception is the value
      a_.test(x86::rax, x86::rax);
      a_.jz(fail);
      a_.mov(x86::r11, imm(static_cast<int64_t>(t_.const_value(op.args[0]))));
      a_.cmp(x86::qword_ptr(x86::rax), x86::r11);
      a_.jne(fail);
      x86::Gp r = result_gp(i, nullptr);
      a_.mov(r, x86::rax);
      break;
    }
    default:
      break;
  }
}

void Writer::int_binary(size_t i, const ResOp& op) {
  TraceRef a = op.args[0], b = op.args[1];
  int n = op.opnum;
  if (n == ROP_int_floordiv || n == ROP_int_mod || n == ROP_int_pow ||
      ((n == ROP_int_lshift || n == ROP_int_rshift) && !(b.is_const() && t_.const_value(b) < 64))) {
    const void* fn = n == ROP_int_floordiv ? reinterpret_cast<const void*>(jit_floordiv)
                     : n == ROP_int_mod    ? reinterpret_cast<const void*>(jit_mod)
                     : n == ROP_int_pow    ? reinterpret_cast<const void*>(jit_pow)
                     : n == ROP_int_lshift ? reinterpret_cast<const void*>(jit_lshift)
                                           : reinterpret_cast<const void*>(jit_rshift);
    helper_call(i, fn, false, 2);
    return;
  }
  bool commutative = n == ROP_int_add || n == ROP_int_mul || n == ROP_int_and || n == ROP_int_or || n == ROP_int_xor;
  if (commutative && a.is_const() && !b.is_const()) std::swap(a, b);
  x86::Gp r = result_gp(i, &a);
  Operand_ src = operand(b, n != ROP_int_mul);
  switch (n) {
    case ROP_int_add:
      a_.emit(x86::Inst::kIdAdd, r, src);
      break;
    case ROP_int_sub:
      a_.emit(x86::Inst::kIdSub, r, src);
      break;
    case ROP_int_mul:
      a_.emit(x86::Inst::kIdImul, r, src);
      break;
    case ROP_int_and:
      a_.emit(x86::Inst::kIdAnd, r, src);
      break;
    case ROP_int_or:
      a_.emit(x86::Inst::kIdOr, r, src);
      break;
    case ROP_int_xor:
      a_.emit(x86::Inst::kIdXor, r, src);
      break;
    case ROP_int_lshift:
      a_.shl(r, imm(t_.const_value(b)));
      break;
    case ROP_int_rshift:
      a_.sar(r, imm(t_.const_value(b)));
      break;
    default:
      break;
  }
}

void Writer::compare(size_t i, const ResOp& op) {
  int n = op.opnum;
  int cc;
  if (n >= ROP_float_lt && n <= ROP_float_ge) {
    x86::Xmm a = xmm_of(op.args[0]);
    x86::Xmm b = xmm_of(op.args[1]);
    x86::Gp r = result_gp(i, nullptr);
    if (n == ROP_float_eq || n == ROP_float_ne) {
      a_.ucomisd(a, b);
      a_.mov(x86::r11d, 0);
      if (n == ROP_float_eq) {
        a_.setnp(x86::r11b);
        a_.sete(r.r8());
        a_.and_(r.r8(), x86::r11b);
      } else {
        a_.setp(x86::r11b);
        a_.setne(r.r8());
        a_.or_(r.r8(), x86::r11b);
      }
      a_.movzx(r.r32(), r.r8());
      return;
    }
    // a < b is b > a: unordered (NaN) sets CF, so "above" is false for it
    if (n == ROP_float_lt || n == ROP_float_le)
      a_.ucomisd(b, a);
    else
      a_.ucomisd(a, b);
    a_.emit(x86::Inst::setccFromCond(n == ROP_float_lt || n == ROP_float_gt ? x86::CondCode::kA : x86::CondCode::kAE), r.r8());
    a_.movzx(r.r32(), r.r8());
    return;
  }
  if (n == ROP_int_is_true || n == ROP_int_is_zero) {
    Operand_ c = operand(op.args[0], false);
    if (c.isMem())
      a_.cmp(c.as<x86::Mem>(), 0);
    else
      a_.test(c.as<x86::Gp>(), c.as<x86::Gp>());
    cc = static_cast<int>(n == ROP_int_is_true ? x86::CondCode::kNE : x86::CondCode::kE);
  } else {
    cmp_operands(op.args[0], op.args[1]);
    switch (n) {
      case ROP_int_lt:
        cc = static_cast<int>(x86::CondCode::kL);
        break;
      case ROP_int_le:
        cc = static_cast<int>(x86::CondCode::kLE);
        break;
      case ROP_int_eq:
      case ROP_ptr_eq:
        cc = static_cast<int>(x86::CondCode::kE);
        break;
      case ROP_int_ne:
      case ROP_ptr_ne:
        cc = static_cast<int>(x86::CondCode::kNE);
        break;
      case ROP_int_gt:
        cc = static_cast<int>(x86::CondCode::kG);
        break;
      case ROP_int_ge:
        cc = static_cast<int>(x86::CondCode::kGE);
        break;
      default:  // uint_lt
        cc = static_cast<int>(x86::CondCode::kB);
        break;
    }
  }
  // Only the next guard reads it: the flags are the value.
  const ResOp* next = i + 1 < t_.ops.size() ? &t_.ops[i + 1] : nullptr;
  if (next && (next->opnum == ROP_guard_true || next->opnum == ROP_guard_false) &&
      next->args[0] == TraceRef::op(static_cast<uint32_t>(i)) && arg_uses(TraceRef::op(static_cast<uint32_t>(i))) == 1) {
    fused_ = cc;
    fused_at_ = i;
    return;
  }
  x86::Gp r = result_gp(i, nullptr);
  a_.emit(x86::Inst::setccFromCond(static_cast<x86::CondCode>(cc)), r.r8());
  a_.movzx(r.r32(), r.r8());
}

void Writer::float_op(size_t i, const ResOp& op) {
  int n = op.opnum;
  if (n == ROP_float_floordiv || n == ROP_float_mod) {
    helper_call(i, reinterpret_cast<const void*>(n == ROP_float_mod ? jit_float_mod : jit_float_floordiv), true, 2);
    return;
  }
  if (n == ROP_cast_int_to_float) {
    Operand_ src = operand(op.args[0], false);
    x86::Xmm r = result_xmm(i, nullptr);
    a_.xorps(r, r);
    if (src.isMem())
      a_.cvtsi2sd(r, src.as<x86::Mem>());
    else
      a_.cvtsi2sd(r, src.as<x86::Gp>());
    return;
  }
  x86::Xmm r = result_xmm(i, &op.args[0]);
  if (n == ROP_float_neg) {
    a_.mov(x86::rax, imm(static_cast<int64_t>(uint64_t{1} << 63)));
    a_.movq(x86::xmm15, x86::rax);
    a_.xorpd(r, x86::xmm15);
    return;
  }
  Operand_ b = float_operand(op.args[1]);
  uint32_t inst = n == ROP_float_add   ? x86::Inst::kIdAddsd
                  : n == ROP_float_sub ? x86::Inst::kIdSubsd
                  : n == ROP_float_mul ? x86::Inst::kIdMulsd
                                       : x86::Inst::kIdDivsd;
  a_.emit(inst, r, b);
}

void Writer::memory(size_t i, const ResOp& op) {
  int n = op.opnum;
  auto sized = [](x86::Mem m, uint32_t size) {
    m.setSize(size);
    return m;
  };
  auto load = [&](x86::Mem m, uint32_t size, bool is_signed, int kind) {
    if (kind == kFloat) {
      x86::Xmm r = result_xmm(i, nullptr);
      a_.movsd(r, sized(m, 8));
      return;
    }
    x86::Gp r = result_gp(i, nullptr);
    if (size == 8)
      a_.mov(r, sized(m, 8));
    else if (size == 4)
      is_signed ? (void)a_.movsxd(r, sized(m, 4)) : (void)a_.mov(r.r32(), sized(m, 4));
    else if (size == 2)
      is_signed ? (void)a_.movsx(r, sized(m, 2)) : (void)a_.movzx(r.r32(), sized(m, 2));
    else
      is_signed ? (void)a_.movsx(r, sized(m, 1)) : (void)a_.movzx(r.r32(), sized(m, 1));
  };
  auto store = [&](x86::Mem m, uint32_t size, TraceRef v) {
    if (is_float(v)) {
      a_.movsd(sized(m, 8), xmm_of(v));
      return;
    }
    if (v.is_const()) {
      auto k = static_cast<int64_t>(t_.const_value(v));
      if (size < 8 || (k >= INT32_MIN && k <= INT32_MAX)) {
        int64_t masked = size == 8 ? k : size == 4 ? static_cast<int32_t>(k) : size == 2 ? static_cast<int16_t>(k) : static_cast<int8_t>(k);
        a_.mov(sized(m, size), imm(masked));
        return;
      }
    }
    x86::Gp g = gp_of(v);
    if (size == 8)
      a_.mov(sized(m, 8), g);
    else if (size == 4)
      a_.mov(sized(m, 4), g.r32());
    else if (size == 2)
      a_.mov(sized(m, 2), g.r16());
    else
      a_.mov(sized(m, 1), g.r8());
  };
  switch (n) {
    case ROP_getfield_gc_i:
    case ROP_getfield_gc_r:
    case ROP_getfield_gc_f: {
      auto* fd = static_cast<const FieldDescr*>(op.descr);
      x86::Gp obj = gp_of(op.args[0]);
      load(x86::ptr(obj, static_cast<int32_t>(fd->offset)), fd->size, fd->is_signed, n - ROP_getfield_gc_i);
      break;
    }
    case ROP_setfield_gc: {
      auto* fd = static_cast<const FieldDescr*>(op.descr);
      x86::Gp obj = gp_of(op.args[0]);
      store(x86::ptr(obj, static_cast<int32_t>(fd->offset)), fd->size, op.args[1]);
      break;
    }
    case ROP_getarrayitem_gc_i:
    case ROP_getarrayitem_gc_r:
    case ROP_getarrayitem_gc_f:
    case ROP_setarrayitem_gc: {
      auto* ld = static_cast<const ListDescr*>(op.descr);
      uint32_t shift = ld->item_size == 8 ? 3 : ld->item_size == 4 ? 2 : ld->item_size == 2 ? 1 : 0;
      x86::Gp base = gp_of(op.args[0]);
      x86::Mem m;
      if (op.args[1].is_const()) {
        auto k = static_cast<int64_t>(t_.const_value(op.args[1])) * ld->item_size;
        m = x86::ptr(base, static_cast<int32_t>(k));
      } else {
        m = x86::ptr(base, gp_of(op.args[1]), shift);
      }
      if (n == ROP_setarrayitem_gc)
        store(m, ld->item_size, op.args[2]);
      else
        load(m, ld->item_size, ld->is_signed, n - ROP_getarrayitem_gc_i);
      break;
    }
    case ROP_strlen: {
      x86::Gp s = gp_of(op.args[0]);
      load(x86::ptr(s, static_cast<int32_t>(offsetof(rpy::Str, len))), 8, true, kInt);
      break;
    }
    case ROP_strgetitem: {
      x86::Gp s = gp_of(op.args[0]);
      x86::Mem m = op.args[1].is_const() ? x86::ptr(s, static_cast<int32_t>(offsetof(rpy::Str, data) + t_.const_value(op.args[1])))
                                         : x86::ptr(s, gp_of(op.args[1]), 0, static_cast<int32_t>(offsetof(rpy::Str, data)));
      load(m, 1, false, kInt);
      break;
    }
    default:
      break;
  }
}

// A C function of one or two int (or float) arguments: SysV registers, result in rax or xmm0;
// frame_words: the address of words of this trace's frame as one more argument (rdx).
void Writer::helper_call(size_t i, const void* fn, bool flt, int nargs, const x86::Mem* frame_words) {
  const ResOp& op = t_.ops[i];
  save_caller_saved(i);
  std::vector<Move> moves;
  for (int k = 0; k < nargs; ++k) {
    int dst = flt ? kXmm0 + k : (k == 0 ? kRdi : kRsi);
    moves.push_back({Loc::reg(dst), loc(op.args[static_cast<size_t>(k)]), flt});
  }
  parallel_move(moves);
  if (frame_words) a_.lea(x86::rdx, *frame_words);
  a_.call(imm(fn));
  forget_caller_saved();
  if (flt) {
    x86::Xmm r = result_xmm(i, nullptr);
    a_.movaps(r, x86::xmm0);
  } else {
    x86::Gp r = result_gp(i, nullptr);
    a_.mov(r, x86::rax);
  }
}

void Writer::call(size_t i, const ResOp& op) {
  if (op.opnum == ROP_new_with_vtable) {
    auto* cd = static_cast<const ClassDescr*>(op.descr);
    save_caller_saved(i);
    a_.call(imm(reinterpret_cast<const void*>(cd->alloc)));
    forget_caller_saved();
    x86::Gp r = result_gp(i, nullptr);
    a_.mov(r, x86::rax);
    return;
  }
  if (op.opnum == ROP_new_with_vtable_in_frame) {
    // words of this trace's frame kept for the object (above every value's slot): they stay
    // as they are while the call that ends the object's life runs (the caller's frame is never
    // reallocated nor written meanwhile, 7.7), and the collector scans them with the frame
    auto* cd = static_cast<const ClassDescr*>(op.descr);
    x86::Mem at = x86::qword_ptr(x86::rbp, 8 * reserve_words((cd->size + 7) / 8));
    save_caller_saved(i);
    a_.lea(x86::rdi, at);
    a_.call(imm(reinterpret_cast<const void*>(cd->construct_at)));
    forget_caller_saved();
    a_.lea(result_gp(i, nullptr), at);
    return;
  }
  if (op.opnum == ROP_new_list) {
    helper_call(i, reinterpret_cast<const void*>(new_word_list), false, 2);
    return;
  }
  if (op.opnum == ROP_new_list_in_frame) {
    // an owned list next to its owner's words (docs/JIT.md 16): header, then its items
    x86::Mem at = x86::qword_ptr(x86::rbp, 8 * reserve_words(frame_list_words(static_cast<int64_t>(t_.const_value(op.args[0])))));
    helper_call(i, reinterpret_cast<const void*>(construct_word_list_at), false, 2, &at);
    return;
  }
  auto* cd = static_cast<const CallDescr*>(op.descr);
  // the arguments into the scratch area, then call_catching(fn, args, results): rax = exception
  const JitCell* cell = nullptr;
  if (cd->fn == call_portal_at_merge_point && op.args.size() >= 3 && op.args[2].is_const())
    cell = reinterpret_cast<const JitCell*>(t_.const_value(op.args[2]));
  // A portal call's leading constant words (the driver, the cell, the promoted greens) are read
  // only off its fast path, which stores them there (portal_call); the reds are stored now.
  size_t lazy = 1;
  while (cell && lazy < op.args.size() && lazy < 3u + cell->driver->num_greens && op.args[lazy].is_const()) ++lazy;
  // The reds go straight into the callee's frame on the fast path (portal_call), which then
  // works in five caller-saved registers that hold none of them; with fewer free, they go
  // through the scratch area.
  size_t reds = cell ? 3u + cell->driver->num_greens : op.args.size();
  PortalTemps temps{x86::rax, x86::rdi, x86::rdx, x86::rsi, x86::rcx};
  bool direct = cell && portal_temps(op, reds, &temps);
  for (size_t k = lazy; k < (direct ? reds : op.args.size()); ++k) store_word(scratch_arg(k), op.args[k]);
  save_caller_saved(i);
  if (cell)
    portal_call(op, cell, lazy, direct ? reds : op.args.size(), temps);
  else
    catching_call(cd->fn);
  forget_caller_saved();
  results_of_call_t_ = op.opnum == ROP_call_t;
  if (op.kind == kFloat) {
    x86::Xmm r = result_xmm(i, nullptr);
    a_.movsd(r, x86::qword_ptr(x86::rsp, kResultsOff));
  } else if (op.kind != kVoid) {
    x86::Gp r = result_gp(i, nullptr);
    a_.mov(r, x86::qword_ptr(x86::rsp, kResultsOff));
  }
  after_call_ = true;
}

// Five general registers for portal_call's fast path that hold none of the reds args[reds...]
// (nor rdi, the callee's frame argument, written after the reds are stored): false when there
// are not five.
bool Writer::portal_temps(const ResOp& op, size_t reds, PortalTemps* t) {
  uint32_t busy = 0;
  for (size_t k = reds; k < op.args.size(); ++k) {
    Loc l = loc(op.args[k]);
    if (l.k == Loc::kReg && l.n < kXmm0) busy |= 1u << l.n;
  }
  static const x86::Gp kCandidates[] = {x86::rax, x86::rcx, x86::rdx, x86::rsi, x86::r8, x86::r9, x86::r10, x86::r11};
  x86::Gp pick[5];
  size_t n = 0;
  for (const x86::Gp& g : kCandidates)
    if (n < 5 && !(busy & (1u << g.id()))) pick[n++] = g;
  if (n < 5) return false;
  *t = {pick[0], pick[1], pick[2], pick[3], pick[4]};
  return true;
}

// call_catching(fn, the scratch area's arguments, its results): rax = the exception or 0.
void Writer::catching_call(CallFn fn) {
  results_of_call_t_ = false;
  a_.mov(x86::rdi, imm(reinterpret_cast<uint64_t>(fn)));
  a_.mov(x86::rsi, x86::rsp);
  a_.lea(x86::rdx, x86::ptr(x86::rsp, kResultsOff));
  a_.call(imm(reinterpret_cast<const void*>(call_catching)));
}

// call_assembler in machine code (docs/JIT.md 7.7): a recursive portal call whose callee key
// (cell) has a loop enters that loop's code directly, in the frame of the next nesting level,
// through its entry stub (which keeps the callee-saved registers, so this is a call like any
// other: the caller-saved registers were saved). The callee's entry check grows that frame if it
// is smaller than the code needs (F1); *depth counts the level while the callee runs, as
// enter_for_call does, so that grow_running_frame finds it. A finish that returns from the portal
// leaves the result in the callee frame's first word; any other exit goes on in the runner
// (call_portal_after_exit, given the exit); a key still without code, or a level without a frame
// big enough for the reds, takes the residual call of call_portal_at_merge_point. The scratch
// area holds the call's words: driver, cell, greens, reds.
void Writer::portal_call(const ResOp& op, const JitCell* cell, size_t lazy, size_t unstored, const PortalTemps& t) {
  auto store_lazy = [&] {  // (constants: no register holds them)
    for (size_t k = 1; k < lazy; ++k) store_word(scratch_arg(k), op.args[k]);
  };
  // The reds not stored yet, into the scratch area for the runner, on the slow path (taken
  // before the callee runs: its call clobbers the caller-saved registers that may hold them),
  // before store_lazy (which may pass a constant through rax). The exit path needs none: the
  // runner goes on from the callee's exit (run_compiled with `taken`).
  auto store_reds = [&] {
    for (size_t k = unstored; k < op.args.size(); ++k) store_word(scratch_arg(k), op.args[k], t.copy);
  };
  const DriverDescr* d = cell->driver;
  const int32_t ng = d->num_greens, nr = d->num_reds;
  WarmState::FrameRefs fr = WarmState::get().frame_refs();
  Label slow = a_.newLabel(), other_exit = a_.newLabel(), done = a_.newLabel(), too_deep = a_.newLabel();
  // The recursion check of a portal call (check_stack): machine code calling itself level after
  // level would otherwise run out of C stack instead of raising RecursionError.
  a_.mov(t.loop, imm(reinterpret_cast<uint64_t>(&rpy::stack_limit)));
  a_.cmp(x86::rsp, x86::qword_ptr(t.loop));
  a_.jb(too_deep);
  a_.mov(t.loop, imm(reinterpret_cast<uint64_t>(cell)));
  a_.mov(t.loop, x86::qword_ptr(t.loop, static_cast<int32_t>(offsetof(JitCell, loop))));
  a_.test(t.loop, t.loop);
  a_.jz(slow);
  // t.block = the next level's block, if there is one holding the reds
  a_.mov(t.depth_at, imm(reinterpret_cast<uint64_t>(fr.depth)));
  a_.mov(t.depth, x86::qword_ptr(t.depth_at));
  a_.mov(t.block, imm(reinterpret_cast<uint64_t>(fr.cap)));
  a_.cmp(t.depth, x86::qword_ptr(t.block));
  a_.jae(slow);
  a_.mov(t.block, imm(reinterpret_cast<uint64_t>(fr.frames)));
  a_.mov(t.block, x86::qword_ptr(t.block));
  a_.mov(t.block, x86::qword_ptr(t.block, t.depth, 3));
  a_.test(t.block, t.block);
  a_.jz(slow);
  a_.cmp(x86::qword_ptr(t.block), nr);
  a_.jb(slow);
  a_.inc(x86::qword_ptr(t.depth_at));  // (the callee's level, while it runs)
  for (int32_t k = 0; k < nr; ++k) {
    auto at = static_cast<size_t>(3 + ng + k);
    x86::Mem slot = x86::qword_ptr(t.block, 8 * (k + 1));
    if (at >= unstored) {  // from where it is (in no register of t)
      store_word(slot, op.args[at], t.copy);
    } else {
      a_.mov(t.copy, x86::qword_ptr(x86::rsp, 8 * (2 + ng + k)));
      a_.mov(slot, t.copy);
    }
  }
  a_.lea(x86::rdi, x86::ptr(t.block, 8));
  a_.call(x86::qword_ptr(t.loop));  // (CompiledLoop::entry, its first member)
  a_.mov(x86::rdi, imm(reinterpret_cast<uint64_t>(fr.depth)));
  a_.dec(x86::qword_ptr(x86::rdi));
  if (WarmState::get().check_frames) {
    a_.mov(x86::rdi, x86::rax);
    a_.call(imm(reinterpret_cast<const void*>(check_call_frame)));
  }
  a_.cmp(x86::byte_ptr(x86::rax, static_cast<int32_t>(offsetof(ExitDescr, returns))), 0);
  a_.je(other_exit);
  if (d->result_kind != 'v') {  // the result: the first word of the callee's frame (which may have grown)
    a_.mov(x86::rdi, imm(reinterpret_cast<uint64_t>(fr.depth)));
    a_.mov(x86::rdx, x86::qword_ptr(x86::rdi));
    a_.mov(x86::rsi, imm(reinterpret_cast<uint64_t>(fr.frames)));
    a_.mov(x86::rsi, x86::qword_ptr(x86::rsi));
    a_.mov(x86::rsi, x86::qword_ptr(x86::rsi, x86::rdx, 3));
    a_.mov(x86::rcx, x86::qword_ptr(x86::rsi, 8));
    a_.mov(x86::qword_ptr(x86::rsp, kResultsOff), x86::rcx);
  }
  // No exception: also for a guard_exception after this call (the trace saw the callee raise),
  // which, failing now, reads last_call_exception in resume_from_guard: an exception an earlier
  // call left there (one that a guard_exception caught) must not be taken for this call's.
  a_.mov(x86::rcx, imm(reinterpret_cast<uint64_t>(&last_call_exception)));
  a_.mov(x86::qword_ptr(x86::rcx), 0);
  a_.xor_(x86::eax, x86::eax);
  a_.jmp(done);
  a_.bind(other_exit);
  a_.mov(x86::qword_ptr(x86::rsp, kResultsOff + 8), x86::rax);
  store_lazy();
  catching_call(call_portal_after_exit);
  a_.jmp(done);
  a_.bind(too_deep);
  store_lazy();
  catching_call(jit_recursion_error);
  a_.jmp(done);
  a_.bind(slow);
  store_reds();
  store_lazy();
  catching_call(call_portal_at_merge_point);
  a_.bind(done);
}

void Writer::label(size_t i, const ResOp& op) {
  if (i != last_label_) return;  // (a preamble's label: nothing jumps to it)
  // The loop's arguments go where they are, into registers when there are free ones.
  label_locs_.clear();
  for (const TraceRef& r : op.args) label_locs_.push_back(settle_for_label(r));
  a_.bind(label_);
  reset_at_label(op.args, label_locs_);
}

bool Writer::jump(size_t i, const ResOp& op, std::string* error) {
  auto target = static_cast<int>(reinterpret_cast<intptr_t>(op.descr));
  std::vector<Move> moves;
  if (target == loop_.number && last_label_ != SIZE_MAX) {
    for (size_t k = 0; k < op.args.size(); ++k) moves.push_back({label_locs_[k], loc(op.args[k]), is_float(op.args[k])});
    parallel_move(moves);
    a_.jmp(label_);
    return true;
  }
  const CompiledLoop* other = nullptr;
  for (const CompiledLoop* o : others_)
    if (o->number == target) other = o;
  if (!other) {
    *error = "a jump to an unknown loop";
    return false;
  }
  for (size_t k = 0; k < op.args.size(); ++k) moves.push_back({Loc::slot(static_cast<int32_t>(k)), loc(op.args[k]), is_float(op.args[k])});
  parallel_move(moves);
  a_.jmp(imm(other->code_checked));
  (void)i;
  return true;
}

void Writer::stubs() {
  for (Stub& s : stubs_) {
    a_.bind(s.label);
    std::vector<Move> moves;
    const GuardInfo& g = loop_.guards[s.guard];
    for (size_t j = 0; j < s.locs.size(); ++j) moves.push_back({Loc::slot(static_cast<int32_t>(j)), s.locs[j], is_float(g.fail_refs[j])});
    parallel_move(moves);
    exit_through(&loop_.exits[s.guard]);
  }
}

bool Writer::op(size_t i, const ResOp& op, std::string* error) {
  switch (rop_class(op.opnum)) {
    case RopClass::IntBinary:
      int_binary(i, op);
      return true;
    case RopClass::Copy:
      if (op.opnum == ROP_same_as_f)
        result_xmm(i, &op.args[0]);
      else
        result_gp(i, &op.args[0]);
      return true;
    case RopClass::IntUnary: {
      x86::Gp r = result_gp(i, &op.args[0]);
      if (op.opnum == ROP_int_neg)
        a_.neg(r);
      else
        a_.not_(r);
      return true;
    }
    case RopClass::IntTest:
    case RopClass::IntCompare:
    case RopClass::UintCompare:
    case RopClass::PtrCompare:
    case RopClass::FloatCompare:
      compare(i, op);
      return true;
    case RopClass::FloatBinary:
    case RopClass::FloatUnary:
    case RopClass::Cast:
      float_op(i, op);
      return true;
    case RopClass::Memory:
      memory(i, op);
      return true;
    case RopClass::Alloc:
    case RopClass::Call:
      if (op.args.size() > 64) {
        *error = "a call with too many arguments";
        return false;
      }
      call(i, op);
      return true;
    case RopClass::CallResult: {
      // word k of the result area, which only catching_call writes: the last one was this
      // value's call_t (its guard_no_exception in between keeps it)
      if (!results_of_call_t_) {
        *error = "call_result not right after its call_t";
        return false;
      }
      x86::Mem at = x86::qword_ptr(x86::rsp, kResultsOff + 8 * static_cast<int32_t>(t_.const_value(op.args[0])));
      if (op.kind == kFloat)
        a_.movsd(result_xmm(i, nullptr), at);
      else
        a_.mov(result_gp(i, nullptr), at);
      return true;
    }
    case RopClass::Marker:
      if (op.opnum == ROP_debug_merge_point) return true;
      break;
    case RopClass::Guard:
      break;
  }
  *error = std::string("no code for ") + rop_name(op.opnum);
  return false;
}

bool Writer::write(std::string* error) {
  if (!prepare(error)) return false;
  label_ = a_.newLabel();
  // The C-callable entry: callee-saved registers, the scratch area, rbp = frame; then the code.
  a_.push(x86::rbp);
  a_.push(x86::rbx);
  a_.push(x86::r12);
  a_.push(x86::r13);
  a_.push(x86::r14);
  a_.push(x86::r15);
  a_.sub(x86::rsp, kStackBytes);
  a_.mov(x86::rbp, x86::rdi);
  code_start_ = a_.newLabel();
  a_.bind(code_start_);
  // Whoever enters here (the entry stub, an attached exit) left every value in frame[0...] and
  // nothing in registers: a frame too small for this code can grow here. (Other traces' jumps
  // arrive after the check, at grown_label_.)
  grow_label_ = a_.newLabel();
  grown_label_ = a_.newLabel();
  need_label_ = a_.newLabel();
  a_.mov(x86::rax, x86::qword_ptr(x86::rbp, -8));
  a_.cmp(x86::rax, x86::ptr(need_label_, 0, 8));
  a_.jb(grow_label_);
  a_.bind(grown_label_);
  if (count_runs) {
    a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(&loop_.runs)));
    a_.inc(x86::qword_ptr(x86::rax));
  }
  const Trace& tr = t_;
  for (size_t i = 0; i < tr.ops.size(); ++i) {
    const ResOp& op = tr.ops[i];
    begin_op(i);
    int n = op.opnum;
    bool was_after_call = after_call_;
    after_call_ = false;
    switch (n) {
      case ROP_label:
        label(i, op);
        break;
      case ROP_jump:
        if (!jump(i, op, error)) return false;
        break;
      case ROP_finish: {
        std::vector<Move> moves;
        for (size_t k = 0; k < op.args.size(); ++k)
          moves.push_back({Loc::slot(static_cast<int32_t>(k)), loc(op.args[k]), is_float(op.args[k])});
        parallel_move(moves);
        ExitDescr* e = &loop_.exits[loop_.guards.size() + finishes_++];
        e->nvalues = static_cast<uint32_t>(op.args.size());
        exit_through(e);
        break;
      }
      case ROP_guard_no_exception:
      case ROP_guard_exception:
        if (!was_after_call) {
          *error = "guard_no_exception not right after its call";
          return false;
        }
        guard(i, op);
        break;
      case ROP_guard_true:
      case ROP_guard_false:
      case ROP_guard_value:
      case ROP_guard_class:
      case ROP_guard_nonnull:
      case ROP_guard_isnull:
        guard(i, op);
        break;
      default:
        if (!this->op(i, op, error)) return false;
        break;
    }
    end_op(i);
  }
  stubs();
  a_.bind(grow_label_);
  a_.mov(x86::rdi, x86::rbp);
  a_.mov(x86::rsi, x86::ptr(need_label_, 0, 8));
  a_.call(imm(reinterpret_cast<const void*>(grow_running_frame)));
  a_.mov(x86::rbp, x86::rax);
  a_.jmp(grown_label_);
  return true;
}

void Writer::frame_check_data(uint64_t words) {
  a_.align(AlignMode::kData, 8);
  a_.bind(need_label_);
  a_.embedUInt64(words);
}

}  // namespace

CompiledLoop* compile_loop(Trace&& trace, const DriverDescr* d, int number, const std::vector<CompiledLoop*>& others, std::string* error) {
  auto* loop = new CompiledLoop();
  loop->trace = std::move(trace);
  loop->driver = d;
  loop->number = number;
  loop->num_inputs = static_cast<uint32_t>(loop->trace.inputs.size());
  CodeHolder code;
  code.init(runtime().environment());
  ThrowingErrors errors;
  code.setErrorHandler(&errors);
  x86::Assembler a(&code);
  Writer w(a, *loop, others);
  bool ok = w.write(error) && errors.message.empty();
  if (ok) {
    loop->frame_words = w.frame_words();
    w.frame_check_data(std::max(g_frame_words, loop->frame_words));
    ok = errors.message.empty();
  }
  void* fn = nullptr;
  if (ok && runtime().add(&fn, &code) != kErrorOk) ok = false;
  if (!ok) {
    if (error->empty()) *error = "asmjit: " + errors.message;
    delete loop;
    return nullptr;
  }
  loop->entry = reinterpret_cast<LoopEntry>(fn);
  loop->code = static_cast<const char*>(fn) + code.labelOffsetFromBase(w.code_start());
  loop->code_checked = static_cast<const char*>(fn) + code.labelOffsetFromBase(w.code_checked());
  loop->code_size = code.codeSize();
  if (std::getenv("RPY_JIT_PERF_MAP")) {  // perf's map of JIT code: perf report names the loops
    static FILE* map = std::fopen(("/tmp/perf-" + std::to_string(getpid()) + ".map").c_str(), "w");
    if (map) {
      std::fprintf(map, "%lx %zx rpy-jit-%s-%d\n", reinterpret_cast<unsigned long>(fn), loop->code_size,
                   loop->trace.ops.empty() || loop->trace.ops[0].opnum != ROP_label ? "bridge" : "loop", number);
      std::fflush(map);
    }
  }
  if (const char* dir = std::getenv("RPY_JIT_DUMP_CODE")) {  // machine code for objdump -b binary
    std::string name = std::string(dir) + "/" + (loop->trace.ops.empty() || loop->trace.ops[0].opnum != ROP_label ? "bridge" : "loop") +
                       std::to_string(number) + ".bin";
    if (FILE* f = std::fopen(name.c_str(), "wb")) {
      std::fwrite(fn, 1, loop->code_size, f);
      std::fclose(f);
    }
  }
  g_frame_words = std::max(g_frame_words, loop->frame_words);
  // Refs the code embeds stay alive as long as the loop.
  std::vector<Word> refs;
  for (size_t c = 0; c < loop->trace.consts.size(); ++c)
    if (loop->trace.const_kinds[c] == kRef && loop->trace.consts[c]) refs.push_back(loop->trace.consts[c]);
  loop->gcrefs = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE((refs.size() + 1) * sizeof(Word)));
  if (!refs.empty()) std::memcpy(loop->gcrefs, refs.data(), refs.size() * sizeof(Word));
  return loop;
}

#endif

}  // namespace rpy::jit
