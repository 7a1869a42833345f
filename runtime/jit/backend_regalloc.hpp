// The x86-64 backend's register allocation (docs/JIT.md 12.2): one forward pass over a linear
// trace. Each value lives in a register, in its frame slot, or both (SSA: a slot once written
// stays right until the value dies); when registers run out, the value whose last use is
// farthest is spilled. Values live across a call prefer callee-saved registers; a call spills
// the live values of the caller-saved ones. Moves between sets of locations (a jump's arguments
// into the label's places, a guard's live values into the exit area) are parallel moves.
#pragma once
#ifdef RPY_HAVE_ASMJIT
#include <asmjit/x86.h>

#include <cstdint>
#include <vector>

#include "jit/trace.hpp"

namespace rpy::jit {

// The stack below the saved registers: call arguments (64 words) and results (32 words), and
// one word that keeps rsp 16-byte aligned.
constexpr int kStackBytes = 8 * 97;
constexpr int kResultsOff = 8 * 64;

// Register numbers: asmjit's general-purpose ids 0-15, then xmm0-15 as 16-31.
constexpr int kXmm0 = 16;
constexpr int kRdi = 7;
constexpr int kRsi = 6;

struct Loc {
  enum Kind : uint8_t { kNone, kReg, kSlot, kConst, kImm };
  Kind k = kNone;
  int64_t n = 0;  // register, slot, constant index, or the value itself (kImm)
  static Loc reg(int r) { return {kReg, r}; }
  static Loc slot(int64_t s) { return {kSlot, s}; }
  bool same_place(const Loc& o) const { return k == o.k && n == o.n && (k == kReg || k == kSlot); }
};

struct Move {
  Loc dst, src;
  bool flt;
};

class RegAlloc {
 public:
  RegAlloc(asmjit::x86::Assembler& a, const Trace& t) : a_(a), t_(t) {}
  uint32_t frame_words() const;
  // n words of the frame that no value's slot will take (an object built in the frame)
  int32_t reserve_words(uint32_t n) {
    int32_t at = next_slot_;
    next_slot_ += static_cast<int32_t>(n);
    return at;
  }

 protected:
  struct Val {
    int8_t reg = -1;
    int8_t known = -1;  // a fused condition: its value where the guard's outcome fixed it
    bool in_slot = false;
    bool flt = false;
    int32_t slot = -1;
    int32_t last = -1;
    uint32_t arg_uses = 0;
  };

  // preparation, in trace order
  void init_values(uint32_t exit_area);
  void use(TraceRef r, size_t at, bool as_arg);
  void define(TraceRef r, bool flt, size_t at);
  void compute_lifetimes();  // after every use and definition
  std::vector<bool> call_at_;

  // code generation
  void begin_op(size_t i);
  void end_op(size_t i);
  bool is_float(TraceRef r) const { return t_.kind_of(r) == kFloat; }
  uint32_t arg_uses(TraceRef r) const { return vals_[id(r)].arg_uses; }
  void set_known(TraceRef r, int v) { vals_[id(r)].known = static_cast<int8_t>(v); }
  Loc loc(TraceRef r) const;
  asmjit::Operand_ operand(TraceRef r, bool allow_imm);  // a register, a frame slot, or an immediate
  asmjit::Operand_ float_operand(TraceRef r);            // an xmm register or a frame slot
  asmjit::x86::Gp gp_of(TraceRef r);                     // in a register (locked for this operation)
  asmjit::x86::Xmm xmm_of(TraceRef r);
  void cmp_operands(TraceRef a, TraceRef b);
  bool sole_operand(size_t i, TraceRef r) const;  // r is one argument of operation i, once
  // The register of operation i's result; `from` (if given) is copied into it first, or gives
  // its register when it dies here and is not also another operand.
  asmjit::x86::Gp result_gp(size_t i, const TraceRef* from);
  asmjit::x86::Xmm result_xmm(size_t i, const TraceRef* from);
  void save_caller_saved(size_t i);  // before a call: live values out of caller-saved registers
  void forget_caller_saved();        // after it
  void parallel_move(std::vector<Move> moves);
  // (tmp: the register a value in a slot or a 64-bit constant passes through)
  void store_word(const asmjit::x86::Mem& m, TraceRef r, asmjit::x86::Gp tmp = asmjit::x86::rax);
  Loc settle_for_label(TraceRef r);  // a label argument's place (a register if one is free)
  void reset_at_label(const std::vector<TraceRef>& args, const std::vector<Loc>& locs);

  asmjit::x86::Assembler& a_;
  const Trace& t_;

 private:
  size_t id(TraceRef r) const { return r.tag() == TraceRef::kInput ? r.index() : t_.inputs.size() + r.index(); }
  int alloc_reg(bool flt, bool callee_saved_first);
  void spill(int reg);
  int32_t slot_for(Val& v);
  void free_value(size_t v);
  bool across_call(const Val& v, size_t from) const;
  void emit_move(const Loc& dst, const Loc& src, bool flt);
  void take(int reg, size_t v);

  std::vector<Val> vals_;
  std::vector<std::vector<uint32_t>> dying_;  // per operation: the values whose last use it is
  std::vector<size_t> next_call_;             // per operation: the first call at or after it
  int owner_[32];                             // value id, -1 free, -2 a temporary of this operation
  uint32_t locked_ = 0;                       // registers the current operation uses
  uint32_t exit_area_ = 0;
  int32_t next_slot_ = 0;
  std::vector<int32_t> free_slots_;
  size_t cur_ = 0;
};

}  // namespace rpy::jit
#endif
