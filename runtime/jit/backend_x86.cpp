// The x86-64 backend (docs/JIT.md 12): each trace becomes one function of its frame, written with
// asmjit's x86::Compiler, whose register allocator assigns the trace's values to registers and
// spill slots. The loop body follows the label; every guard jumps to an exit that stores the
// guard's live values into the frame and returns the guard's index.
#include <gc/gc.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "jit/backend.hpp"
#include "rpy/rpy.hpp"

#ifdef RPY_HAVE_ASMJIT
#include <asmjit/x86.h>
#endif

namespace rpy::jit {

BaseException* last_call_exception = nullptr;

BaseException* call_catching(CallFn fn, const Word* args, Word* results) {
  try {
    fn(args, results);
    return nullptr;
  } catch (BaseException* e) {
    last_call_exception = e;
    return e;
  }
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
static double jit_float_neg(double a) { return -a; }

static JitRuntime& runtime() {
  static JitRuntime* rt = new JitRuntime();
  return *rt;
}

namespace {

class ThrowingErrors : public ErrorHandler {
 public:
  std::string message;
  void handleError(Error, const char* msg, BaseEmitter*) override {
    if (message.empty()) message = msg;
  }
};

class Writer {
 public:
  Writer(x86::Compiler& cc, CompiledLoop& loop, const std::vector<CompiledLoop*>& others) : cc_(cc), loop_(loop), others_(others) {}
  bool write(std::string* error);

 private:
  const Trace& t() const { return loop_.trace; }
  bool is_float(TraceRef r) const { return t().kind_of(r) == kFloat; }
  x86::Gp gp(TraceRef r);
  x86::Xmm xmm(TraceRef r);
  Operand_ any(TraceRef r);  // an immediate for small int constants
  void bin(size_t i, const ResOp& op);
  void cmp_set(size_t i, const ResOp& op);
  void guard(size_t i, const ResOp& op);
  void call(size_t i, const ResOp& op);
  void exit_stubs();
  x86::Gp call_helper(const void* fn, x86::Gp a, x86::Gp b);
  x86::Xmm call_helper_f(const void* fn, x86::Xmm a, x86::Xmm b, int nargs);
  x86::Mem mem(x86::Gp base, int32_t off, int size) {
    x86::Mem m = x86::ptr(base, off);
    m.setSize(static_cast<uint32_t>(size));
    return m;
  }

  x86::Compiler& cc_;
  CompiledLoop& loop_;
  const std::vector<CompiledLoop*>& others_;
  x86::Gp frame_;
  std::vector<x86::Reg> inputs_;
  std::vector<x86::Reg> values_;  // per operation
  x86::Mem scratch_;              // arguments and results of calls
  x86::Gp last_exc_;              // the exception of the last call (for guard_no_exception)
  struct Exit {
    Label label;
    uint32_t guard;
  };
  std::vector<Exit> exits_;
  Label loop_label_;
};

x86::Gp Writer::gp(TraceRef r) {
  switch (r.tag()) {
    case TraceRef::kInput:
      return inputs_[r.index()].as<x86::Gp>();
    case TraceRef::kOp:
      return values_[r.index()].as<x86::Gp>();
    default: {
      x86::Gp g = cc_.newInt64();
      cc_.mov(g, imm(static_cast<int64_t>(t().const_value(r))));
      return g;
    }
  }
}

x86::Xmm Writer::xmm(TraceRef r) {
  switch (r.tag()) {
    case TraceRef::kInput:
      return inputs_[r.index()].as<x86::Xmm>();
    case TraceRef::kOp:
      return values_[r.index()].as<x86::Xmm>();
    default: {
      x86::Xmm x = cc_.newXmmSd();
      x86::Gp g = cc_.newInt64();
      cc_.mov(g, imm(static_cast<int64_t>(t().const_value(r))));
      cc_.movq(x, g);
      return x;
    }
  }
}

Operand_ Writer::any(TraceRef r) {
  if (r.is_const() && t().const_kinds[r.index()] == kInt) {
    auto v = static_cast<int64_t>(t().const_value(r));
    if (v >= INT32_MIN && v <= INT32_MAX) return imm(v);
  }
  return gp(r);
}

x86::Gp Writer::call_helper(const void* fn, x86::Gp a, x86::Gp b) {
  InvokeNode* inv;
  x86::Gp r = cc_.newInt64();
  cc_.invoke(&inv, imm(fn), FuncSignatureT<int64_t, int64_t, int64_t>());
  inv->setArg(0, a);
  inv->setArg(1, b);
  inv->setRet(0, r);
  return r;
}

x86::Xmm Writer::call_helper_f(const void* fn, x86::Xmm a, x86::Xmm b, int nargs) {
  InvokeNode* inv;
  x86::Xmm r = cc_.newXmmSd();
  if (nargs == 1) {
    cc_.invoke(&inv, imm(fn), FuncSignatureT<double, double>());
    inv->setArg(0, a);
  } else {
    cc_.invoke(&inv, imm(fn), FuncSignatureT<double, double, double>());
    inv->setArg(0, a);
    inv->setArg(1, b);
  }
  inv->setRet(0, r);
  return r;
}

void Writer::bin(size_t i, const ResOp& op) {
  TraceRef a = op.args[0], b = op.args[1];
  x86::Gp r = cc_.newInt64();
  switch (op.opnum) {
    case ROP_int_add:
      cc_.mov(r, gp(a));
      cc_.emit(x86::Inst::kIdAdd, r, any(b));
      break;
    case ROP_int_sub:
      cc_.mov(r, gp(a));
      cc_.emit(x86::Inst::kIdSub, r, any(b));
      break;
    case ROP_int_mul:
      cc_.mov(r, gp(a));
      cc_.imul(r, gp(b));
      break;
    case ROP_int_and:
      cc_.mov(r, gp(a));
      cc_.emit(x86::Inst::kIdAnd, r, any(b));
      break;
    case ROP_int_or:
      cc_.mov(r, gp(a));
      cc_.emit(x86::Inst::kIdOr, r, any(b));
      break;
    case ROP_int_xor:
      cc_.mov(r, gp(a));
      cc_.emit(x86::Inst::kIdXor, r, any(b));
      break;
    case ROP_int_lshift:
    case ROP_int_rshift:
      if (b.is_const() && t().const_value(b) < 64) {
        cc_.mov(r, gp(a));
        if (op.opnum == ROP_int_lshift)
          cc_.shl(r, imm(t().const_value(b)));
        else
          cc_.sar(r, imm(t().const_value(b)));
      } else {
        r = call_helper(reinterpret_cast<const void*>(op.opnum == ROP_int_lshift ? jit_lshift : jit_rshift), gp(a), gp(b));
      }
      break;
    case ROP_int_floordiv:
      r = call_helper(reinterpret_cast<const void*>(jit_floordiv), gp(a), gp(b));
      break;
    case ROP_int_mod:
      r = call_helper(reinterpret_cast<const void*>(jit_mod), gp(a), gp(b));
      break;
    case ROP_int_pow:
      r = call_helper(reinterpret_cast<const void*>(jit_pow), gp(a), gp(b));
      break;
    default:
      break;
  }
  values_[i] = r;
}

void Writer::cmp_set(size_t i, const ResOp& op) {
  x86::Gp r = cc_.newInt64();
  cc_.xor_(r, r);
  int n = op.opnum;
  if (n >= ROP_float_lt && n <= ROP_float_ge) {
    x86::Xmm a = xmm(op.args[0]), b = xmm(op.args[1]);
    switch (n) {
      case ROP_float_lt:
        cc_.ucomisd(b, a);
        cc_.seta(r.r8());
        break;
      case ROP_float_le:
        cc_.ucomisd(b, a);
        cc_.setae(r.r8());
        break;
      case ROP_float_gt:
        cc_.ucomisd(a, b);
        cc_.seta(r.r8());
        break;
      case ROP_float_ge:
        cc_.ucomisd(a, b);
        cc_.setae(r.r8());
        break;
      case ROP_float_eq: {
        x86::Gp p = cc_.newInt64();
        cc_.xor_(p, p);
        cc_.ucomisd(a, b);
        cc_.sete(r.r8());
        cc_.setnp(p.r8());
        cc_.and_(r, p);
        break;
      }
      case ROP_float_ne: {
        x86::Gp p = cc_.newInt64();
        cc_.xor_(p, p);
        cc_.ucomisd(a, b);
        cc_.setne(r.r8());
        cc_.setp(p.r8());
        cc_.or_(r, p);
        break;
      }
    }
    values_[i] = r;
    return;
  }
  if (n == ROP_int_is_true || n == ROP_int_is_zero) {
    x86::Gp a = gp(op.args[0]);
    cc_.test(a, a);
    if (n == ROP_int_is_true)
      cc_.setne(r.r8());
    else
      cc_.sete(r.r8());
    values_[i] = r;
    return;
  }
  cc_.emit(x86::Inst::kIdCmp, gp(op.args[0]), any(op.args[1]));
  switch (n) {
    case ROP_int_lt:
      cc_.setl(r.r8());
      break;
    case ROP_int_le:
      cc_.setle(r.r8());
      break;
    case ROP_int_eq:
    case ROP_ptr_eq:
      cc_.sete(r.r8());
      break;
    case ROP_int_ne:
    case ROP_ptr_ne:
      cc_.setne(r.r8());
      break;
    case ROP_int_gt:
      cc_.setg(r.r8());
      break;
    case ROP_int_ge:
      cc_.setge(r.r8());
      break;
    case ROP_uint_lt:
      cc_.setb(r.r8());
      break;
  }
  values_[i] = r;
}

void Writer::guard(size_t i, const ResOp& op) {
  Label fail = cc_.newLabel();
  const Snapshot& s = t().snapshots[static_cast<size_t>(op.snapshot)];
  GuardInfo g;
  g.snapshot = static_cast<uint32_t>(op.snapshot);
  g.exception = op.opnum == ROP_guard_no_exception;
  for (const TraceRef& b : s.boxes)
    if (!b.is_const() && std::find(g.fail_refs.begin(), g.fail_refs.end(), b) == g.fail_refs.end()) g.fail_refs.push_back(b);
  loop_.guards.push_back(std::move(g));
  exits_.push_back({fail, static_cast<uint32_t>(loop_.guards.size() - 1)});
  switch (op.opnum) {
    case ROP_guard_true: {
      x86::Gp c = gp(op.args[0]);
      cc_.test(c, c);
      cc_.jz(fail);
      break;
    }
    case ROP_guard_false: {
      x86::Gp c = gp(op.args[0]);
      cc_.test(c, c);
      cc_.jnz(fail);
      break;
    }
    case ROP_guard_value:
      if (is_float(op.args[0])) {
        cc_.ucomisd(xmm(op.args[0]), xmm(op.args[1]));
        cc_.jne(fail);
        cc_.jp(fail);
      } else {
        cc_.emit(x86::Inst::kIdCmp, gp(op.args[0]), any(op.args[1]));
        cc_.jne(fail);
      }
      break;
    case ROP_guard_no_exception:
      cc_.test(last_exc_, last_exc_);
      cc_.jnz(fail);
      break;
    default:
      break;
  }
  (void)i;
}

void Writer::call(size_t i, const ResOp& op) {
  auto* cd = static_cast<const CallDescr*>(op.descr);
  // arguments into the scratch area, then call_catching(fn, args, results)
  for (size_t a = 1; a < op.args.size(); ++a) {
    x86::Mem slot = scratch_.cloneAdjusted(static_cast<int64_t>(8 * (a - 1)));
    slot.setSize(8);
    if (is_float(op.args[a]))
      cc_.movsd(slot, xmm(op.args[a]));
    else
      cc_.mov(slot, gp(op.args[a]));
  }
  x86::Gp args = cc_.newUIntPtr(), res = cc_.newUIntPtr();
  cc_.lea(args, scratch_);
  cc_.lea(res, scratch_.cloneAdjusted(8 * 64));
  InvokeNode* inv;
  x86::Gp exc = cc_.newUIntPtr();
  cc_.invoke(&inv, imm(reinterpret_cast<const void*>(call_catching)), FuncSignatureT<void*, void*, const void*, void*>());
  inv->setArg(0, imm(reinterpret_cast<const void*>(cd->fn)));
  inv->setArg(1, args);
  inv->setArg(2, res);
  inv->setRet(0, exc);
  last_exc_ = exc;
  if (op.kind == kVoid) return;
  x86::Mem r0 = scratch_.cloneAdjusted(8 * 64);
  r0.setSize(8);
  if (op.kind == kFloat) {
    x86::Xmm x = cc_.newXmmSd();
    cc_.movsd(x, r0);
    values_[i] = x;
  } else {
    x86::Gp g = cc_.newInt64();
    cc_.mov(g, r0);
    values_[i] = g;
  }
}

void Writer::exit_stubs() {
  for (const Exit& e : exits_) {
    cc_.bind(e.label);
    const GuardInfo& g = loop_.guards[e.guard];
    for (size_t j = 0; j < g.fail_refs.size(); ++j) {
      x86::Mem slot = x86::qword_ptr(frame_, static_cast<int32_t>(8 * j));
      if (is_float(g.fail_refs[j]))
        cc_.movsd(slot, xmm(g.fail_refs[j]));
      else
        cc_.mov(slot, gp(g.fail_refs[j]));
    }
    x86::Gp r = cc_.newInt64();
    cc_.mov(r, imm(static_cast<int64_t>(e.guard)));
    cc_.ret(r);
  }
}

bool Writer::write(std::string* error) {
  FuncNode* fn = cc_.addFunc(FuncSignatureT<uint64_t, Word*>());
  frame_ = cc_.newUIntPtr("frame");
  fn->setArg(0, frame_);
  scratch_ = cc_.newStack(8 * 96, 16);
  last_exc_ = cc_.newUIntPtr();
  cc_.xor_(last_exc_, last_exc_);
  const Trace& tr = t();
  for (size_t k = 0; k < tr.inputs.size(); ++k) {
    x86::Mem slot = x86::qword_ptr(frame_, static_cast<int32_t>(8 * k));
    if (tr.inputs[k] == kFloat) {
      x86::Xmm x = cc_.newXmmSd();
      cc_.movsd(x, slot);
      inputs_.push_back(x);
    } else {
      x86::Gp g = cc_.newInt64();
      cc_.mov(g, slot);
      inputs_.push_back(g);
    }
  }
  values_.resize(tr.ops.size());
  loop_label_ = cc_.newLabel();
  for (size_t i = 0; i < tr.ops.size(); ++i) {
    const ResOp& op = tr.ops[i];
    switch (op.opnum) {
      case ROP_label:
        cc_.bind(loop_label_);
        break;
      case ROP_debug_merge_point:
        break;
      case ROP_jump: {
        intptr_t target = reinterpret_cast<intptr_t>(op.descr);
        if (target == loop_.number) {
          // new values into fresh registers first, then into the inputs (a parallel move)
          std::vector<x86::Reg> tmp;
          for (size_t a = 0; a < op.args.size(); ++a) {
            if (is_float(op.args[a])) {
              x86::Xmm x = cc_.newXmmSd();
              cc_.movsd(x, xmm(op.args[a]));
              tmp.push_back(x);
            } else {
              x86::Gp g = cc_.newInt64();
              cc_.mov(g, gp(op.args[a]));
              tmp.push_back(g);
            }
          }
          for (size_t a = 0; a < tmp.size(); ++a) {
            if (tmp[a].isXmm())
              cc_.movsd(inputs_[a].as<x86::Xmm>(), tmp[a].as<x86::Xmm>());
            else
              cc_.mov(inputs_[a].as<x86::Gp>(), tmp[a].as<x86::Gp>());
          }
          cc_.jmp(loop_label_);
        } else {  // into another loop: its inputs go into the frame
          size_t n = 0;
          for (; n < others_.size(); ++n)
            if (others_[n]->number == target) break;
          if (n == others_.size()) {
            *error = "a jump to an unknown loop";
            return false;
          }
          for (size_t a = 0; a < op.args.size(); ++a) {
            x86::Mem slot = x86::qword_ptr(frame_, static_cast<int32_t>(8 * a));
            if (is_float(op.args[a]))
              cc_.movsd(slot, xmm(op.args[a]));
            else
              cc_.mov(slot, gp(op.args[a]));
          }
          loop_.targets.push_back(others_[n]);
          x86::Gp r = cc_.newInt64();
          cc_.mov(r, imm(static_cast<int64_t>(kExitToLoop | (loop_.targets.size() - 1))));
          cc_.ret(r);
        }
        break;
      }
      case ROP_finish: {  // a bridge's end at a merge point without code: the reds into the frame
        for (size_t a = 0; a < op.args.size(); ++a) {
          x86::Mem slot = x86::qword_ptr(frame_, static_cast<int32_t>(8 * a));
          if (is_float(op.args[a]))
            cc_.movsd(slot, xmm(op.args[a]));
          else
            cc_.mov(slot, gp(op.args[a]));
        }
        x86::Gp r = cc_.newInt64();
        cc_.mov(r, imm(static_cast<int64_t>(kExitFinish | reinterpret_cast<uintptr_t>(op.descr))));
        cc_.ret(r);
        break;
      }
      case ROP_guard_true:
      case ROP_guard_false:
      case ROP_guard_value:
      case ROP_guard_no_exception:
        guard(i, op);
        break;
      case ROP_int_add:
      case ROP_int_sub:
      case ROP_int_mul:
      case ROP_int_floordiv:
      case ROP_int_mod:
      case ROP_int_and:
      case ROP_int_or:
      case ROP_int_xor:
      case ROP_int_lshift:
      case ROP_int_rshift:
      case ROP_int_pow:
        bin(i, op);
        break;
      case ROP_int_neg:
      case ROP_int_invert: {
        x86::Gp r = cc_.newInt64();
        cc_.mov(r, gp(op.args[0]));
        if (op.opnum == ROP_int_neg)
          cc_.neg(r);
        else
          cc_.not_(r);
        values_[i] = r;
        break;
      }
      case ROP_int_is_true:
      case ROP_int_is_zero:
      case ROP_int_lt:
      case ROP_int_le:
      case ROP_int_eq:
      case ROP_int_ne:
      case ROP_int_gt:
      case ROP_int_ge:
      case ROP_uint_lt:
      case ROP_ptr_eq:
      case ROP_ptr_ne:
      case ROP_float_lt:
      case ROP_float_le:
      case ROP_float_eq:
      case ROP_float_ne:
      case ROP_float_gt:
      case ROP_float_ge:
        cmp_set(i, op);
        break;
      case ROP_float_add:
      case ROP_float_sub:
      case ROP_float_mul:
      case ROP_float_truediv: {
        x86::Xmm r = cc_.newXmmSd();
        cc_.movsd(r, xmm(op.args[0]));
        x86::Xmm b = xmm(op.args[1]);
        if (op.opnum == ROP_float_add) cc_.addsd(r, b);
        if (op.opnum == ROP_float_sub) cc_.subsd(r, b);
        if (op.opnum == ROP_float_mul) cc_.mulsd(r, b);
        if (op.opnum == ROP_float_truediv) cc_.divsd(r, b);
        values_[i] = r;
        break;
      }
      case ROP_float_floordiv:
      case ROP_float_mod:
        values_[i] = call_helper_f(reinterpret_cast<const void*>(op.opnum == ROP_float_mod ? jit_float_mod : jit_float_floordiv),
                                   xmm(op.args[0]), xmm(op.args[1]), 2);
        break;
      case ROP_float_neg:
        values_[i] = call_helper_f(reinterpret_cast<const void*>(jit_float_neg), xmm(op.args[0]), xmm(op.args[0]), 1);
        break;
      case ROP_cast_int_to_float: {
        x86::Xmm r = cc_.newXmmSd();
        cc_.xorps(r, r);
        cc_.cvtsi2sd(r, gp(op.args[0]));
        values_[i] = r;
        break;
      }
      case ROP_getfield_gc_i:
      case ROP_getfield_gc_r:
      case ROP_getfield_gc_f: {
        auto* fd = static_cast<const FieldDescr*>(op.descr);
        x86::Gp obj = gp(op.args[0]);
        if (op.opnum == ROP_getfield_gc_f) {
          x86::Xmm r = cc_.newXmmSd();
          cc_.movsd(r, mem(obj, static_cast<int32_t>(fd->offset), 8));
          values_[i] = r;
          break;
        }
        x86::Gp r = cc_.newInt64();
        x86::Mem m = mem(obj, static_cast<int32_t>(fd->offset), fd->size);
        if (fd->size == 8)
          cc_.mov(r, m);
        else if (fd->size == 4)
          fd->is_signed ? (void)cc_.movsxd(r, m) : (void)cc_.mov(r.r32(), m);
        else
          fd->is_signed ? (void)cc_.movsx(r, m) : (void)cc_.movzx(r, m);
        values_[i] = r;
        break;
      }
      case ROP_setfield_gc: {
        auto* fd = static_cast<const FieldDescr*>(op.descr);
        x86::Gp obj = gp(op.args[0]);
        if (is_float(op.args[1])) {
          cc_.movsd(mem(obj, static_cast<int32_t>(fd->offset), 8), xmm(op.args[1]));
          break;
        }
        x86::Gp v = gp(op.args[1]);
        x86::Mem m = mem(obj, static_cast<int32_t>(fd->offset), fd->size);
        if (fd->size == 8)
          cc_.mov(m, v);
        else if (fd->size == 4)
          cc_.mov(m, v.r32());
        else
          cc_.mov(m, v.r8());
        break;
      }
      case ROP_getarrayitem_gc_i:
      case ROP_getarrayitem_gc_r:
      case ROP_getarrayitem_gc_f:
      case ROP_setarrayitem_gc: {
        auto* ld = static_cast<const ListDescr*>(op.descr);
        uint32_t shift = ld->item_size == 8 ? 3 : ld->item_size == 4 ? 2 : 0;
        x86::Mem m = x86::ptr(gp(op.args[0]), gp(op.args[1]), shift);
        m.setSize(ld->item_size);
        if (op.opnum == ROP_setarrayitem_gc) {
          if (is_float(op.args[2])) {
            cc_.movsd(m, xmm(op.args[2]));
          } else {
            x86::Gp v = gp(op.args[2]);
            if (ld->item_size == 8)
              cc_.mov(m, v);
            else if (ld->item_size == 4)
              cc_.mov(m, v.r32());
            else
              cc_.mov(m, v.r8());
          }
          break;
        }
        if (op.opnum == ROP_getarrayitem_gc_f) {
          x86::Xmm r = cc_.newXmmSd();
          cc_.movsd(r, m);
          values_[i] = r;
          break;
        }
        x86::Gp r = cc_.newInt64();
        if (ld->item_size == 8)
          cc_.mov(r, m);
        else if (ld->item_size == 4)
          ld->is_signed ? (void)cc_.movsxd(r, m) : (void)cc_.mov(r.r32(), m);
        else
          ld->is_signed ? (void)cc_.movsx(r, m) : (void)cc_.movzx(r, m);
        values_[i] = r;
        break;
      }
      case ROP_strlen: {
        x86::Gp r = cc_.newInt64();
        cc_.mov(r, mem(gp(op.args[0]), static_cast<int32_t>(offsetof(rpy::Str, len)), 8));
        values_[i] = r;
        break;
      }
      case ROP_strgetitem: {
        x86::Gp r = cc_.newInt64();
        x86::Mem m = x86::ptr(gp(op.args[0]), gp(op.args[1]), 0, static_cast<int32_t>(offsetof(rpy::Str, data)));
        m.setSize(1);
        cc_.movzx(r, m);
        values_[i] = r;
        break;
      }
      case ROP_new_with_vtable: {
        auto* cd = static_cast<const ClassDescr*>(op.descr);
        InvokeNode* inv;
        x86::Gp r = cc_.newInt64();
        cc_.invoke(&inv, imm(reinterpret_cast<const void*>(cd->alloc)), FuncSignatureT<void*>());
        inv->setRet(0, r);
        values_[i] = r;
        break;
      }
      case ROP_call_i:
      case ROP_call_r:
      case ROP_call_f:
      case ROP_call_n:
      case ROP_call_pure_i:
      case ROP_call_pure_r:
      case ROP_call_pure_f:
      case ROP_call_pure_n:
        if (op.args.size() > 64) {
          *error = "a call with too many arguments";
          return false;
        }
        call(i, op);
        break;
      default:
        *error = std::string("no code for ") + rop_name(op.opnum);
        return false;
    }
  }
  exit_stubs();
  cc_.endFunc();
  return true;
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
  x86::Compiler cc(&code);
  Writer w(cc, *loop, others);
  bool ok = w.write(error);
  if (ok && cc.finalize() != kErrorOk) ok = false;
  LoopEntry fn = nullptr;
  if (ok && runtime().add(&fn, &code) != kErrorOk) ok = false;
  if (!ok) {
    if (error->empty()) *error = "asmjit: " + errors.message;
    delete loop;
    return nullptr;
  }
  loop->entry = fn;
  loop->code_size = code.codeSize();
  uint32_t words = loop->num_inputs;
  for (const GuardInfo& g : loop->guards) words = std::max(words, static_cast<uint32_t>(g.fail_refs.size()));
  for (const ResOp& op : loop->trace.ops)
    if (op.opnum == ROP_jump || op.opnum == ROP_finish) words = std::max(words, static_cast<uint32_t>(op.args.size()));
  loop->frame_words = words ? words : 1;
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
