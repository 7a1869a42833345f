// The blackhole interpreter: one dispatch loop over the jitcode instructions of
// jitcode_ops.def, on concrete values. Exceptions are rpy's C++ exceptions (throw
// BaseException*): every raising instruction and residual call may throw, and the loop's catch
// dispatches to the jitcode's handler tables.
#include "jit/blackhole.hpp"
#include "jit/warmstate.hpp"

#include <gc/gc.h>

#include <cstdio>

#include "jit/semantics.hpp"

namespace rpy::jit {

// ---------------------------------------------------------------- register stack

static constexpr size_t kChunkWords = size_t{1} << 16;

Word* RegisterStack::push(size_t n) {
  if (top_ > 0) {
    Chunk& c = chunks_[top_ - 1];
    if (c.used + n <= c.size) {
      Word* p = c.base + c.used;
      c.used += n;
      return p;
    }
  }
  if (top_ < chunks_.size() && chunks_[top_].size < n) {
    GC_FREE(chunks_[top_].base);
    chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(top_));
  }
  if (top_ == chunks_.size()) {
    size_t size = n > kChunkWords ? n : kChunkWords;
    // Uncollectable: never freed by the collector, but scanned for the refs the frames hold.
    auto* base = static_cast<Word*>(GC_MALLOC_UNCOLLECTABLE(size * sizeof(Word)));
    if (!base) rpy::fatal("out of memory (JIT register stack)");
    std::memset(base, 0, size * sizeof(Word));
    chunks_.push_back({base, size, 0});
  }
  Chunk& c = chunks_[top_++];
  c.used = n;
  return c.base;
}

void RegisterStack::pop(Word* p, size_t n) {
  Chunk& c = chunks_[top_ - 1];
  std::memset(p, 0, n * sizeof(Word));  // no stale refs kept alive
  c.used -= n;
  if (c.used == 0 && top_ > 1) --top_;
}

RegisterStack& register_stack() {
  static RegisterStack* s = new RegisterStack();
  return *s;
}

// ---------------------------------------------------------------- frames

int line_of(const JitCode* code, uint32_t pc) {
  int line = code->num_lines ? code->lines[0].line : 0;
  for (uint32_t i = 0; i < code->num_lines && code->lines[i].pc <= pc; ++i) line = code->lines[i].line;
  return line;
}

static constexpr size_t kMaxDepth = 100000;

void Blackhole::push_frame(const JitCode* code) {
  if (frames_.size() >= kMaxDepth) rpy::raise_recursion_error();
  size_t n[3];
  size_t total = 0;
  for (int k = 0; k < 3; ++k) {
    n[k] = size_t{code->num_regs[k]} + code->num_consts[k];
    total += n[k];
  }
  Word* block = register_stack().push(total ? total : 1);
  BhFrame f{code, 0, {block, block + n[0], block + n[0] + n[1]}, total ? total : 1, nullptr};
  for (int k = 0; k < 3; ++k)
    if (code->num_consts[k]) std::memcpy(f.regs[k] + code->num_regs[k], code->consts[k], code->num_consts[k] * sizeof(Word));
  frames_.push_back(f);
}

void Blackhole::pop_frame() {
  BhFrame& f = frames_.back();
  register_stack().pop(f.regs[0], f.nwords);
  frames_.pop_back();
}

Blackhole::~Blackhole() {
  while (!frames_.empty()) pop_frame();
}

bool Blackhole::unwind(BaseException* e) {
  while (!frames_.empty()) {
    BhFrame& f = frames_.back();
    const JitCode* c = f.code;
    for (uint16_t i = 0; i < c->num_handlers; ++i) {
      const Handler& h = c->handlers[i];
      if (h.start <= f.pc && f.pc < h.end) {
        f.pc = h.handler;
        f.handled = e;
        return true;
      }
    }
    // Leaving a frame the C++ stack does not show: the traceback gets it from here.
    rpy::tb_add(e, c->file, line_of(c, f.pc), c->name);
    pop_frame();
  }
  return false;
}

int Blackhole::run_portal(DriverDescr* d, Word* values, bool stop) {
  push_frame(&prog_->codes[d->portal]);
  BhFrame& f = frames_.back();
  for (int k = 0; k < d->num_greens + d->num_reds; ++k) f.regs[kind_of_char(d->kinds[k])][d->regs[k]] = values[k];
  f.pc = d->after_pc;
  for (;;) {
    try {
      return dispatch(d, values, stop);
    } catch (BaseException* e) {
      if (!unwind(e)) {
        exc_ = e;
        return kRaise;
      }
    }
  }
}

int Blackhole::resume(DriverDescr* d, const std::vector<FrameState>& frames, BaseException* pending, Word* values, bool stop) {
  for (const FrameState& fs : frames) {
    push_frame(fs.code);
    BhFrame& f = frames_.back();
    for (int k = 0; k < 3; ++k)
      if (fs.code->num_regs[k]) std::memcpy(f.regs[k], fs.regs[k], fs.code->num_regs[k] * sizeof(Word));
    f.pc = fs.pc;
    f.handled = fs.handled;
  }
  if (pending && !unwind(pending)) {
    exc_ = pending;
    return kRaise;
  }
  for (;;) {
    try {
      return dispatch(d, values, stop);
    } catch (BaseException* e) {
      if (!unwind(e)) {
        exc_ = e;
        return kRaise;
      }
    }
  }
}

// ---------------------------------------------------------------- the dispatch loop

int Blackhole::dispatch(DriverDescr* d, Word* values, bool stop) {
  BhFrame* f = &frames_.back();
  const uint8_t* code = f->code->code;
  uint32_t pc = f->pc;
  Word* ri = f->regs[0];
  Word* rr = f->regs[1];
  Word* rf = f->regs[2];
  const Program* prog = prog_;

  auto reload = [&]() {
    f = &frames_.back();
    code = f->code->code;
    pc = f->pc;
    ri = f->regs[0];
    rr = f->regs[1];
    rf = f->regs[2];
  };
  auto u16 = [&](uint32_t at) { return rd16(code + at); };
  auto u32 = [&](uint32_t at) { return rd32(code + at); };
  auto F = [&](uint32_t at) { return unw<double>(rf[u16(at)]); };
  auto I = [&](uint32_t at) { return static_cast<int64_t>(ri[u16(at)]); };
  auto R = [&](uint32_t at) { return reinterpret_cast<char*>(rr[u16(at)]); };

  // Copies the argument lists of a call at `at` (I, R, F) into the callee's files.
  auto copy_args = [&](uint32_t at, BhFrame& callee, Word* const caller[3]) {
    for (int k = 0; k < 3; ++k) {
      uint8_t n = code[at++];
      for (uint8_t i = 0; i < n; ++i, at += 2) callee.regs[k][i] = caller[k][rd16(code + at)];
    }
    return at;
  };

  // Writes a callee's results into the caller's result registers (the call's own operands).
  auto deliver = [&](const Word* res) {
    uint8_t op = code[pc];
    uint32_t at = pc + 3;  // opcode + j/d
    at = skip_lists(code, at, 3);
    switch (op) {
      case OP_inline_call_i:
      case OP_residual_call_i:
        ri[u16(at)] = res[0];
        at += 2;
        break;
      case OP_inline_call_r:
      case OP_residual_call_r:
        rr[u16(at)] = res[0];
        at += 2;
        break;
      case OP_inline_call_f:
      case OP_residual_call_f:
        rf[u16(at)] = res[0];
        at += 2;
        break;
      case OP_inline_call_t:
      case OP_residual_call_t: {
        // results come in item order; each kind's list takes the items of its kind
        size_t idx[3] = {0, 0, 0};
        uint32_t lists[3];
        uint32_t q = at;
        for (int k = 0; k < 3; ++k) {
          lists[k] = q;
          q += 1 + 2u * code[q];
        }
        const char* kinds = op == OP_residual_call_t ? prog->calls[u16(pc + 1)].result_kinds : prog->codes[u16(pc + 1)].result_kinds;
        Word* files[3] = {ri, rr, rf};
        for (size_t i = 0; kinds[i]; ++i) {
          int k = kind_of_char(kinds[i]);
          files[k][rd16(code + lists[k] + 1 + 2 * idx[k]++)] = res[i];
        }
        at = q;
        break;
      }
      default:
        break;
    }
    pc = at;
  };

  for (;;) {
    f->pc = pc;
    switch (code[pc]) {
#define BIN_I(op)                                                           \
  case OP_##op:                                                             \
    ri[u16(pc + 5)] = eval_int2(OP_##op, ri[u16(pc + 1)], ri[u16(pc + 3)]); \
    pc += 7;                                                                \
    break;
#define UN_I(op)                                           \
  case OP_##op:                                            \
    ri[u16(pc + 3)] = eval_int1(OP_##op, ri[u16(pc + 1)]); \
    pc += 5;                                               \
    break;
#define BIN_F(op)                                                             \
  case OP_##op:                                                               \
    rf[u16(pc + 5)] = eval_float2(OP_##op, rf[u16(pc + 1)], rf[u16(pc + 3)]); \
    pc += 7;                                                                  \
    break;
#define CMP_F(op)                                                             \
  case OP_##op:                                                               \
    ri[u16(pc + 5)] = eval_float2(OP_##op, rf[u16(pc + 1)], rf[u16(pc + 3)]); \
    pc += 7;                                                                  \
    break;
      case OP_int_copy:
        ri[u16(pc + 3)] = ri[u16(pc + 1)];
        pc += 5;
        break;
      case OP_ref_copy:
        rr[u16(pc + 3)] = rr[u16(pc + 1)];
        pc += 5;
        break;
      case OP_float_copy:
        rf[u16(pc + 3)] = rf[u16(pc + 1)];
        pc += 5;
        break;
        BIN_I(int_add)
        BIN_I(int_sub)
        BIN_I(int_mul)
        BIN_I(int_floordiv)
        BIN_I(int_mod)
        BIN_I(int_and)
        BIN_I(int_or)
        BIN_I(int_xor)
        BIN_I(int_lshift)
        BIN_I(int_rshift)
        BIN_I(int_pow)
        UN_I(int_neg)
        UN_I(int_invert)
        UN_I(int_is_true)
        UN_I(int_is_zero)
        BIN_I(int_lt)
        BIN_I(int_le)
        BIN_I(int_eq)
        BIN_I(int_ne)
        BIN_I(int_gt)
        BIN_I(int_ge)
        BIN_F(float_add)
        BIN_F(float_sub)
        BIN_F(float_mul)
        BIN_F(float_truediv)
        BIN_F(float_floordiv)
        BIN_F(float_mod)
      case OP_float_neg:
        rf[u16(pc + 3)] = w(-F(pc + 1));
        pc += 5;
        break;
        CMP_F(float_lt)
        CMP_F(float_le)
        CMP_F(float_eq)
        CMP_F(float_ne)
        CMP_F(float_gt)
        CMP_F(float_ge)
      case OP_float_is_true:
        ri[u16(pc + 3)] = F(pc + 1) != 0.0 ? 1 : 0;
        pc += 5;
        break;
      case OP_cast_int_to_float:
        rf[u16(pc + 3)] = w(static_cast<double>(I(pc + 1)));
        pc += 5;
        break;
      case OP_ptr_eq:
        ri[u16(pc + 5)] = rr[u16(pc + 1)] == rr[u16(pc + 3)];
        pc += 7;
        break;
      case OP_ptr_ne:
        ri[u16(pc + 5)] = rr[u16(pc + 1)] != rr[u16(pc + 3)];
        pc += 7;
        break;
      case OP_ptr_iszero:
        ri[u16(pc + 3)] = rr[u16(pc + 1)] == 0;
        pc += 5;
        break;
      case OP_ptr_nonzero:
        ri[u16(pc + 3)] = rr[u16(pc + 1)] != 0;
        pc += 5;
        break;
      case OP_getfield_i: {
        const FieldDescr& fd = prog->fields[u16(pc + 3)];
        ri[u16(pc + 5)] = load_int(R(pc + 1) + fd.offset, fd.size, fd.is_signed);
        pc += 7;
        break;
      }
      case OP_getfield_r: {
        const FieldDescr& fd = prog->fields[u16(pc + 3)];
        rr[u16(pc + 5)] = *reinterpret_cast<const Word*>(R(pc + 1) + fd.offset);
        pc += 7;
        break;
      }
      case OP_getfield_f: {
        const FieldDescr& fd = prog->fields[u16(pc + 3)];
        rf[u16(pc + 5)] = *reinterpret_cast<const Word*>(R(pc + 1) + fd.offset);
        pc += 7;
        break;
      }
      case OP_setfield_i: {
        const FieldDescr& fd = prog->fields[u16(pc + 5)];
        store_int(R(pc + 1) + fd.offset, fd.size, ri[u16(pc + 3)]);
        pc += 7;
        break;
      }
      case OP_setfield_r: {
        const FieldDescr& fd = prog->fields[u16(pc + 5)];
        *reinterpret_cast<Word*>(R(pc + 1) + fd.offset) = rr[u16(pc + 3)];
        pc += 7;
        break;
      }
      case OP_setfield_f: {
        const FieldDescr& fd = prog->fields[u16(pc + 5)];
        *reinterpret_cast<Word*>(R(pc + 1) + fd.offset) = rf[u16(pc + 3)];
        pc += 7;
        break;
      }
      case OP_strlen:
        ri[u16(pc + 3)] = w(reinterpret_cast<const rpy::Str*>(R(pc + 1))->len);
        pc += 5;
        break;
      case OP_strgetitem:
        ri[u16(pc + 5)] = w(rpy::str_getitem(reinterpret_cast<const rpy::Str*>(R(pc + 1)), I(pc + 3)));
        pc += 7;
        break;
      case OP_bytes_getitem:
        ri[u16(pc + 5)] = w(rpy::bytes_getitem(reinterpret_cast<const rpy::Bytes*>(R(pc + 1)), I(pc + 3)));
        pc += 7;
        break;
      case OP_bytearray_getitem:
        ri[u16(pc + 5)] = w(rpy::bytearray_getitem(reinterpret_cast<const rpy::ByteArray*>(R(pc + 1)), I(pc + 3)));
        pc += 7;
        break;
      case OP_bytearray_setitem:
        rpy::bytearray_setitem(reinterpret_cast<rpy::ByteArray*>(R(pc + 1)), I(pc + 3), I(pc + 5));
        pc += 7;
        break;
      case OP_listlen:
        ri[u16(pc + 3)] = w(reinterpret_cast<const AnyList*>(R(pc + 1))->len);
        pc += 5;
        break;
      case OP_getlistitem_i:
      case OP_getlistitem_r:
      case OP_getlistitem_f: {
        const auto* l = reinterpret_cast<const AnyList*>(R(pc + 1));
        const ListDescr& ld = prog->lists[u16(pc + 5)];
        int64_t i = list_index(l, I(pc + 3), "list index out of range");
        const char* item = reinterpret_cast<const char*>(l->items) + i * ld.item_size;
        Word v = load_int(item, ld.item_size, ld.is_signed);
        uint8_t op = code[pc];
        (op == OP_getlistitem_i ? ri : op == OP_getlistitem_r ? rr : rf)[u16(pc + 7)] = v;
        pc += 9;
        break;
      }
      case OP_setlistitem_i:
      case OP_setlistitem_r:
      case OP_setlistitem_f: {
        auto* l = reinterpret_cast<AnyList*>(R(pc + 1));
        const ListDescr& ld = prog->lists[u16(pc + 7)];
        int64_t i = list_index(l, I(pc + 3), "list assignment index out of range");
        uint8_t op = code[pc];
        Word v = (op == OP_setlistitem_i ? ri : op == OP_setlistitem_r ? rr : rf)[u16(pc + 5)];
        store_int(reinterpret_cast<char*>(l->items) + i * ld.item_size, ld.item_size, v);
        pc += 9;
        break;
      }
      case OP_new_with_vtable:
      case OP_new_scoped:
        rr[u16(pc + 3)] = w(prog->classes[u16(pc + 1)].alloc());
        pc += 5;
        break;
      case OP_new_list_scoped_i:
      case OP_new_list_scoped_r:
        rr[u16(pc + 5)] = new_word_list(ri[u16(pc + 1)], (code[pc] == OP_new_list_scoped_i ? ri : rr)[u16(pc + 3)]);
        pc += 7;
        break;
      case OP_inline_call_v:
      case OP_inline_call_i:
      case OP_inline_call_r:
      case OP_inline_call_f:
      case OP_inline_call_t: {
        Word* caller[3] = {ri, rr, rf};
        push_frame(&prog->codes[u16(pc + 1)]);
        copy_args(pc + 3, frames_.back(), caller);
        reload();
        pc = 0;
        break;
      }
      case OP_residual_call_v:
      case OP_residual_call_i:
      case OP_residual_call_r:
      case OP_residual_call_f:
      case OP_residual_call_t: {
        const CallDescr& cd = prog->calls[u16(pc + 1)];
        Word args[64];
        Word res[32];
        uint32_t lists[3];
        uint32_t q = pc + 3;
        for (int k = 0; k < 3; ++k) {
          lists[k] = q;
          q += 1 + 2u * code[q];
        }
        size_t idx[3] = {0, 0, 0};
        Word* files[3] = {ri, rr, rf};
        for (size_t i = 0; cd.arg_kinds[i]; ++i) {
          int k = kind_of_char(cd.arg_kinds[i]);
          args[i] = files[k][rd16(code + lists[k] + 1 + 2 * idx[k]++)];
        }
        cd.fn(args, res);
        deliver(res);
        break;
      }
      case OP_ret_v:
      case OP_ret_i:
      case OP_ret_r:
      case OP_ret_f:
      case OP_ret_t: {
        Word res[32];
        uint8_t op = code[pc];
        size_t nres = 0;
        if (op == OP_ret_i) res[nres++] = ri[u16(pc + 1)];
        if (op == OP_ret_r) res[nres++] = rr[u16(pc + 1)];
        if (op == OP_ret_f) res[nres++] = rf[u16(pc + 1)];
        if (op == OP_ret_t) {
          // items in order: the jitcode's result_kinds says which list each comes from
          const char* kinds = f->code->result_kinds;
          uint32_t lists[3];
          uint32_t q = pc + 1;
          for (int k = 0; k < 3; ++k) {
            lists[k] = q;
            q += 1 + 2u * code[q];
          }
          size_t idx[3] = {0, 0, 0};
          Word* files[3] = {ri, rr, rf};
          for (size_t i = 0; kinds[i]; ++i) {
            int k = kind_of_char(kinds[i]);
            res[nres++] = files[k][rd16(code + lists[k] + 1 + 2 * idx[k]++)];
          }
        }
        pop_frame();
        if (frames_.empty()) {  // the portal returned
          for (size_t i = 0; i < nres; ++i) values[i] = res[i];
          return kReturn;
        }
        reload();
        deliver(res);
        break;
      }
      case OP_goto:
        pc = u32(pc + 1);
        break;
      case OP_goto_if_not:
        pc = ri[u16(pc + 1)] ? pc + 7 : u32(pc + 3);
        break;
      case OP_raise:
        reinterpret_cast<BaseException*>(R(pc + 1))->raise_self();
        __builtin_unreachable();
      case OP_last_exception:
        rr[u16(pc + 1)] = w(f->handled);
        pc += 3;
        break;
      case OP_exc_matches:
      case OP_instance_of:
        ri[u16(pc + 5)] = prog->classes[u16(pc + 3)].is_instance(R(pc + 1)) ? 1 : 0;
        pc += 7;
        break;
      case OP_jit_merge_point:
        if (frames_.size() > 1 && f->code == &prog->codes[d->portal]) {
          // A recursive portal call that a trace inlined up to its merge point (a guard failed in
          // between, 7.7): the callee goes on from here in its compiled code if it has some.
          Word a[66];
          a[0] = static_cast<Word>(d - prog->drivers);
          a[1] = 0;
          for (int k = 0; k < d->num_greens + d->num_reds; ++k) a[2 + k] = f->regs[kind_of_char(d->kinds[k])][d->regs[k]];
          pop_frame();
          reload();
          Word res[32];
          call_portal_at_merge_point(a, res);
          deliver(res);
          break;
        }
        if (stop && frames_.size() == 1) {
          for (int k = 0; k < d->num_greens + d->num_reds; ++k) values[k] = f->regs[kind_of_char(d->kinds[k])][d->regs[k]];
          return kReenter;
        }
        pc += 3;
        break;
      case OP_loop_header:
        pc += 3;
        break;
      case OP_int_guard_value:
      case OP_ref_guard_value:
      case OP_float_guard_value:
      case OP_str_guard_value:
        pc += 3;
        break;
      case OP_int_isconstant:
      case OP_ref_isconstant:
      case OP_float_isconstant:
        ri[u16(pc + 3)] = 0;  // nothing is a constant outside a trace
        pc += 5;
        break;
      default:
        std::fprintf(stderr, "rpy JIT: bad jitcode instruction %d at %s+%u\n", code[pc], f->code->name, pc);
        std::abort();
#undef BIN_I
#undef UN_I
#undef BIN_F
#undef CMP_F
    }
  }
}

}  // namespace rpy::jit
