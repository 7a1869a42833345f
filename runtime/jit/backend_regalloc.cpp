// The x86-64 backend's register allocation and moves (docs/JIT.md 12.2).
#ifdef RPY_HAVE_ASMJIT
#include "jit/backend_regalloc.hpp"

#include <algorithm>
#include <climits>

namespace rpy::jit {

using namespace asmjit;

// rax and r11 (and xmm15) are scratch; rsp and rbp are the stack and the frame.
static const int kGpCalleeSaved[] = {3, 12, 13, 14, 15};     // rbx, r12-r15
static const int kGpCallerSaved[] = {1, 2, 6, 7, 8, 9, 10};  // rcx, rdx, rsi, rdi, r8-r10
constexpr int kTemp = -2;

static bool is_xmm(int reg) { return reg >= kXmm0; }
static bool caller_saved(int reg) { return is_xmm(reg) || !(reg == 3 || (reg >= 12 && reg <= 15)); }
static x86::Gp gpr(int reg) { return x86::gpq(static_cast<uint32_t>(reg)); }
static x86::Xmm xmmr(int reg) { return x86::xmm(static_cast<uint32_t>(reg - kXmm0)); }
static x86::Mem slot_mem(int64_t s) { return x86::qword_ptr(x86::rbp, static_cast<int32_t>(8 * s)); }
static bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

uint32_t RegAlloc::frame_words() const { return std::max<uint32_t>({exit_area_, static_cast<uint32_t>(next_slot_), 1}); }

void RegAlloc::init_values(uint32_t exit_area) {
  exit_area_ = exit_area;
  next_slot_ = static_cast<int32_t>(exit_area);
  vals_.assign(t_.inputs.size() + t_.ops.size(), Val());
  for (size_t k = 0; k < t_.inputs.size(); ++k) {  // the inputs arrive in frame[k]
    vals_[k].slot = static_cast<int32_t>(k);
    vals_[k].in_slot = true;
    vals_[k].flt = t_.inputs[k] == kFloat;
  }
  std::fill(std::begin(owner_), std::end(owner_), -1);
}

void RegAlloc::use(TraceRef r, size_t at, bool as_arg) {
  if (r.is_const()) return;
  Val& v = vals_[id(r)];
  v.last = std::max(v.last, static_cast<int32_t>(at));
  if (as_arg) ++v.arg_uses;
}

void RegAlloc::define(TraceRef r, bool flt, size_t at) {
  Val& v = vals_[id(r)];
  v.flt = flt;
  v.last = std::max(v.last, static_cast<int32_t>(at));
}

void RegAlloc::compute_lifetimes() {
  dying_.assign(t_.ops.size(), {});
  for (size_t v = 0; v < vals_.size(); ++v) {
    int32_t last = vals_[v].last;
    if (last < 0) last = 0;  // an input nobody reads
    dying_[static_cast<size_t>(last)].push_back(static_cast<uint32_t>(v));
  }
  next_call_.assign(t_.ops.size() + 1, SIZE_MAX);
  for (size_t i = t_.ops.size(); i-- > 0;) next_call_[i] = call_at_[i] ? i : next_call_[i + 1];
}

bool RegAlloc::across_call(const Val& v, size_t from) const {
  size_t c = from < next_call_.size() ? next_call_[from] : SIZE_MAX;
  return c != SIZE_MAX && static_cast<int64_t>(c) < v.last;
}

void RegAlloc::begin_op(size_t i) {
  cur_ = i;
  locked_ = 0;
}

void RegAlloc::end_op(size_t i) {
  for (int r = 0; r < 32; ++r)
    if (owner_[r] == kTemp) owner_[r] = -1;
  for (uint32_t v : dying_[i]) free_value(v);
  locked_ = 0;
}

void RegAlloc::free_value(size_t v) {
  Val& x = vals_[v];
  if (x.reg >= 0 && owner_[x.reg] == static_cast<int>(v)) owner_[x.reg] = -1;
  x.reg = -1;
  if (x.slot >= static_cast<int32_t>(exit_area_)) free_slots_.push_back(x.slot);
  x.slot = -1;
  x.in_slot = false;
}

int32_t RegAlloc::slot_for(Val& v) {
  if (v.slot < 0) {
    if (!free_slots_.empty()) {
      v.slot = free_slots_.back();
      free_slots_.pop_back();
    } else {
      v.slot = next_slot_++;
    }
  }
  return v.slot;
}

void RegAlloc::spill(int reg) {
  int owner = owner_[reg];
  owner_[reg] = -1;
  if (owner < 0) return;
  Val& v = vals_[static_cast<size_t>(owner)];
  if (!v.in_slot) {
    int32_t s = slot_for(v);
    if (is_xmm(reg))
      a_.movsd(slot_mem(s), xmmr(reg));
    else
      a_.mov(slot_mem(s), gpr(reg));
    v.in_slot = true;
  }
  v.reg = -1;
}

int RegAlloc::alloc_reg(bool flt, bool callee_saved_first) {
  std::vector<int> order;
  if (flt) {
    for (int r = 0; r < 15; ++r) order.push_back(kXmm0 + r);
  } else if (callee_saved_first) {
    order.assign(std::begin(kGpCalleeSaved), std::end(kGpCalleeSaved));
    order.insert(order.end(), std::begin(kGpCallerSaved), std::end(kGpCallerSaved));
  } else {
    order.assign(std::begin(kGpCallerSaved), std::end(kGpCallerSaved));
    order.insert(order.end(), std::begin(kGpCalleeSaved), std::end(kGpCalleeSaved));
  }
  for (int r : order)
    if (owner_[r] == -1 && !(locked_ & (1u << r))) {
      locked_ |= 1u << r;
      return r;
    }
  int victim = -1;
  int32_t far = -1;
  for (int r : order)
    if (owner_[r] >= 0 && !(locked_ & (1u << r)) && vals_[static_cast<size_t>(owner_[r])].last > far) {
      far = vals_[static_cast<size_t>(owner_[r])].last;
      victim = r;
    }
  spill(victim);  // (an operation never locks all registers of a class)
  locked_ |= 1u << victim;
  return victim;
}

void RegAlloc::take(int reg, size_t v) {
  owner_[reg] = static_cast<int>(v);
  vals_[v].reg = static_cast<int8_t>(reg);
  locked_ |= 1u << reg;
}

Loc RegAlloc::loc(TraceRef r) const {
  if (r.is_const()) return {Loc::kConst, r.index()};
  const Val& v = vals_[id(r)];
  if (v.reg >= 0) return Loc::reg(v.reg);
  if (v.in_slot) return Loc::slot(v.slot);
  if (v.known >= 0) return {Loc::kImm, v.known};
  return {};
}

Operand_ RegAlloc::operand(TraceRef r, bool allow_imm) {
  Loc l = loc(r);
  if ((l.k == Loc::kConst || l.k == Loc::kImm) && allow_imm) {
    auto k = l.k == Loc::kImm ? l.n : static_cast<int64_t>(t_.const_value(r));
    if (fits32(k)) return imm(k);
  }
  if (l.k == Loc::kReg) {
    locked_ |= 1u << l.n;
    return gpr(static_cast<int>(l.n));
  }
  if (l.k == Loc::kSlot) return slot_mem(l.n);
  return gp_of(r);
}

Operand_ RegAlloc::float_operand(TraceRef r) {
  Loc l = loc(r);
  if (l.k == Loc::kSlot) return slot_mem(l.n);
  return xmm_of(r);
}

x86::Gp RegAlloc::gp_of(TraceRef r) {
  Loc l = loc(r);
  if (l.k == Loc::kReg) {
    locked_ |= 1u << l.n;
    return gpr(static_cast<int>(l.n));
  }
  if (l.k == Loc::kConst || l.k == Loc::kImm) {
    int reg = alloc_reg(false, false);
    owner_[reg] = kTemp;
    emit_move(Loc::reg(reg), l, false);
    return gpr(reg);
  }
  Val& v = vals_[id(r)];
  int reg = alloc_reg(false, across_call(v, cur_));
  a_.mov(gpr(reg), slot_mem(l.n));
  take(reg, id(r));
  return gpr(reg);
}

x86::Xmm RegAlloc::xmm_of(TraceRef r) {
  Loc l = loc(r);
  if (l.k == Loc::kReg) {
    locked_ |= 1u << l.n;
    return xmmr(static_cast<int>(l.n));
  }
  int reg = alloc_reg(true, false);
  if (l.k == Loc::kConst || l.k == Loc::kImm) {
    owner_[reg] = kTemp;
    emit_move(Loc::reg(reg), l, true);
    return xmmr(reg);
  }
  a_.movsd(xmmr(reg), slot_mem(l.n));
  take(reg, id(r));
  return xmmr(reg);
}

void RegAlloc::cmp_operands(TraceRef a, TraceRef b) {
  Operand_ x = a.is_const() ? Operand_(gp_of(a)) : operand(a, false);
  Operand_ y = operand(b, true);
  if (x.isMem() && y.isMem()) y = gp_of(b);
  a_.emit(x86::Inst::kIdCmp, x, y);
}

// Whether r is only once an argument of operation i: a value dying there may then give its
// register to the result. Not so for `t * t` (int_mul(i4, i4)): the result would take the
// register before the second operand is read, which then had no place left (it was read from a
// slot never written, and the loop computed t times garbage).
bool RegAlloc::sole_operand(size_t i, TraceRef r) const { return std::count(t_.ops[i].args.begin(), t_.ops[i].args.end(), r) == 1; }

x86::Gp RegAlloc::result_gp(size_t i, const TraceRef* from) {
  size_t me = t_.inputs.size() + i;
  if (from && !from->is_const()) {
    Val& f = vals_[id(*from)];
    if (f.reg >= 0 && f.last == static_cast<int32_t>(i) && sole_operand(i, *from) && owner_[f.reg] == static_cast<int>(id(*from))) {
      int reg = f.reg;
      f.reg = -1;
      take(reg, me);
      return gpr(reg);
    }
  }
  int reg = alloc_reg(false, across_call(vals_[me], i + 1));
  if (from) emit_move(Loc::reg(reg), loc(*from), false);
  take(reg, me);
  return gpr(reg);
}

x86::Xmm RegAlloc::result_xmm(size_t i, const TraceRef* from) {
  size_t me = t_.inputs.size() + i;
  if (from && !from->is_const()) {
    Val& f = vals_[id(*from)];
    if (f.reg >= 0 && f.last == static_cast<int32_t>(i) && sole_operand(i, *from) && owner_[f.reg] == static_cast<int>(id(*from))) {
      int reg = f.reg;
      f.reg = -1;
      take(reg, me);
      return xmmr(reg);
    }
  }
  int reg = alloc_reg(true, false);
  if (from) emit_move(Loc::reg(reg), loc(*from), true);
  take(reg, me);
  return xmmr(reg);
}

void RegAlloc::save_caller_saved(size_t i) {
  for (int r = 0; r < 32; ++r)
    if (caller_saved(r) && owner_[r] >= 0 && vals_[static_cast<size_t>(owner_[r])].last > static_cast<int32_t>(i)) spill(r);
}

void RegAlloc::forget_caller_saved() {
  for (int r = 0; r < 32; ++r)
    if (caller_saved(r) && owner_[r] != -1) {
      if (owner_[r] >= 0) vals_[static_cast<size_t>(owner_[r])].reg = -1;
      owner_[r] = -1;
    }
  locked_ = 0;
}

void RegAlloc::emit_move(const Loc& dst, const Loc& src, bool flt) {
  if (dst.same_place(src)) return;
  if (src.k == Loc::kConst || src.k == Loc::kImm) {
    auto v = src.k == Loc::kImm ? src.n : static_cast<int64_t>(t_.consts[static_cast<size_t>(src.n)]);
    if (dst.k == Loc::kReg && !is_xmm(static_cast<int>(dst.n))) {
      a_.mov(gpr(static_cast<int>(dst.n)), imm(v));
    } else if (dst.k == Loc::kReg) {
      a_.mov(x86::rax, imm(v));
      a_.movq(xmmr(static_cast<int>(dst.n)), x86::rax);
    } else if (fits32(v)) {
      a_.mov(slot_mem(dst.n), imm(v));
    } else {
      a_.mov(x86::rax, imm(v));
      a_.mov(slot_mem(dst.n), x86::rax);
    }
    return;
  }
  if (src.k == Loc::kReg) {
    int s = static_cast<int>(src.n);
    if (dst.k == Loc::kSlot) {
      if (is_xmm(s))
        a_.movsd(slot_mem(dst.n), xmmr(s));
      else
        a_.mov(slot_mem(dst.n), gpr(s));
      return;
    }
    int d = static_cast<int>(dst.n);
    if (is_xmm(s) && is_xmm(d))
      a_.movaps(xmmr(d), xmmr(s));
    else if (is_xmm(s))
      a_.movq(gpr(d), xmmr(s));
    else if (is_xmm(d))
      a_.movq(xmmr(d), gpr(s));
    else
      a_.mov(gpr(d), gpr(s));
    return;
  }
  // from a slot
  if (dst.k == Loc::kSlot) {
    a_.mov(x86::rax, slot_mem(src.n));
    a_.mov(slot_mem(dst.n), x86::rax);
  } else if (is_xmm(static_cast<int>(dst.n))) {
    a_.movsd(xmmr(static_cast<int>(dst.n)), slot_mem(src.n));
  } else {
    a_.mov(gpr(static_cast<int>(dst.n)), slot_mem(src.n));
  }
  (void)flt;
}

void RegAlloc::parallel_move(std::vector<Move> moves) {
  moves.erase(std::remove_if(moves.begin(), moves.end(), [](const Move& m) { return m.dst.same_place(m.src); }), moves.end());
  while (!moves.empty()) {
    bool progress = false;
    for (size_t k = 0; k < moves.size(); ++k) {
      bool blocked = false;
      for (size_t j = 0; j < moves.size() && !blocked; ++j) blocked = j != k && moves[j].src.same_place(moves[k].dst);
      if (blocked) continue;
      emit_move(moves[k].dst, moves[k].src, moves[k].flt);
      moves.erase(moves.begin() + static_cast<std::ptrdiff_t>(k));
      progress = true;
      break;
    }
    if (progress) continue;
    // A cycle: its first destination's value goes to a scratch register, which replaces it as
    // a source.
    Loc d = moves[0].dst;
    Loc scratch = Loc::reg(d.k == Loc::kReg && is_xmm(static_cast<int>(d.n)) ? kXmm0 + 15 : 11);
    emit_move(scratch, d, false);
    for (Move& m : moves)
      if (m.src.same_place(d)) m.src = scratch;
  }
}

void RegAlloc::store_word(const x86::Mem& m, TraceRef r, x86::Gp tmp) {
  Loc l = loc(r);
  if (l.k == Loc::kConst || l.k == Loc::kImm) {
    auto v = l.k == Loc::kImm ? l.n : static_cast<int64_t>(t_.const_value(r));
    if (fits32(v)) {
      a_.mov(m, imm(v));
    } else {
      a_.mov(tmp, imm(v));
      a_.mov(m, tmp);
    }
  } else if (l.k == Loc::kReg) {
    if (is_xmm(static_cast<int>(l.n)))
      a_.movsd(m, xmmr(static_cast<int>(l.n)));
    else
      a_.mov(m, gpr(static_cast<int>(l.n)));
  } else {
    a_.mov(tmp, slot_mem(l.n));
    a_.mov(m, tmp);
  }
}

Loc RegAlloc::settle_for_label(TraceRef r) {
  size_t v = id(r);
  Val& x = vals_[v];
  if (x.reg >= 0) return Loc::reg(x.reg);
  const int* pool = x.flt ? nullptr : kGpCalleeSaved;
  int found = -1;
  if (x.flt) {
    for (int k = 0; k < 15 && found < 0; ++k)
      if (owner_[kXmm0 + k] == -1) found = kXmm0 + k;
  } else {
    for (int k = 0; k < 5 && found < 0; ++k)
      if (owner_[pool[k]] == -1) found = pool[k];
    for (int k = 0; k < 7 && found < 0; ++k)
      if (owner_[kGpCallerSaved[k]] == -1) found = kGpCallerSaved[k];
  }
  if (found >= 0) {
    emit_move(Loc::reg(found), loc(r), x.flt);
    owner_[found] = static_cast<int>(v);
    x.reg = static_cast<int8_t>(found);
    return Loc::reg(found);
  }
  if (!x.in_slot) {  // a known value with no place: give it its slot
    Loc here = loc(r);
    emit_move(Loc::slot(slot_for(x)), here, x.flt);
    x.in_slot = true;
  }
  return Loc::slot(x.slot);
}

void RegAlloc::reset_at_label(const std::vector<TraceRef>& args, const std::vector<Loc>& locs) {
  // Each iteration arrives with the label's arguments in exactly these places.
  for (size_t k = 0; k < args.size(); ++k) {
    Val& x = vals_[id(args[k])];
    x.known = -1;
    if (locs[k].k == Loc::kReg) {
      x.in_slot = false;
    } else {
      x.reg = -1;
      x.in_slot = true;
    }
  }
}

}  // namespace rpy::jit
#endif
