// The trace IR (docs/JIT.md 10): a linear SSA list of operations recorded by the tracer, with
// the snapshots its guards resume from, and its text form (PyPy's log format).
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "jit/jitcode.hpp"

namespace rpy::jit {

enum Rop : uint8_t {
#define ROP(name, arity, result, flags, cls) ROP_##name,
#include "jit/resops.def"
#undef ROP
  ROP_COUNT
};

const char* rop_name(int op);
int rop_arity(int op);  // -1: any number
Kind rop_result(int op);
bool rop_is_guard(int op);
bool rop_is_pure(int op);
bool rop_is_call(int op);

// What an operation computes, for the passes that treat a family alike (folding in the
// optimizer, instruction selection in the backend): the class column of resops.def.
enum class RopClass : uint8_t {
  Marker,        // label, jump, finish, debug_merge_point
  Guard,         // guard_*
  IntBinary,     // int_add ... int_pow: Python's int semantics
  IntUnary,      // int_neg, int_invert
  IntTest,       // int_is_true, int_is_zero: 0 or 1
  IntCompare,    // int_lt ... int_ge: 0 or 1
  UintCompare,   // uint_lt: unsigned comparison, 0 or 1
  PtrCompare,    // ptr_eq, ptr_ne: 0 or 1
  FloatBinary,   // float_add ... float_mod
  FloatUnary,    // float_neg
  FloatCompare,  // float_lt ... float_ge: 0 or 1
  Cast,          // cast_int_to_float
  Copy,          // same_as_*
  Memory,        // field and array reads and writes, strlen, strgetitem
  Alloc,         // new_with_vtable
  Call,          // call_*, call_pure_*
  CallResult,    // call_result_*: word k of the call_t just before
};
RopClass rop_class(int op);
// The jitcode instruction (jitcode_ops.def) of the same name and meaning, for the classes that
// evaluate like one (IntBinary, IntUnary, IntTest, IntCompare, FloatBinary, FloatCompare); -1
// for the others.
int rop_jitcode_op(int op);

// The length field of rpy::List that traces read (the tracer's descriptor): its values are
// lengths, 0 <= len < 2**62, which the optimizer's integer bounds rely on.
extern const FieldDescr kListLenField;

// A value of a trace: an input argument, the result of an operation, or a constant.
struct TraceRef {
  uint32_t bits = 0;
  // kVirtual: in a snapshot, an object the optimizer removed (Snapshot::virtuals[index]).
  enum Tag : uint32_t { kInput = 0, kOp = 1u << 30, kConst = 2u << 30, kVirtual = 3u << 30, kTagMask = 3u << 30 };
  static TraceRef input(uint32_t i) { return {kInput | i}; }
  static TraceRef virt(uint32_t i) { return {kVirtual | i}; }
  static TraceRef op(uint32_t i) { return {kOp | i}; }
  static TraceRef constant(uint32_t i) { return {kConst | i}; }
  uint32_t tag() const { return bits & kTagMask; }
  uint32_t index() const { return bits & ~kTagMask; }
  bool is_const() const { return tag() == kConst; }
  bool is_virtual() const { return tag() == kVirtual; }
  // A value the machine code holds (an input or an operation's result).
  bool is_value() const { return tag() == kInput || tag() == kOp; }
  bool operator==(const TraceRef& o) const { return bits == o.bits; }
};

enum class DescrKind : uint8_t { None, Field, Array, Call, Class, Guard, Target };

// Where a guard resumes (before optimisation): the frames, outermost first, each with the
// boxes of the registers live at its resume point (in the order of its LiveEntry).
struct Snapshot {
  struct Frame {
    uint16_t code;
    uint32_t pc;
    uint32_t first, count;  // boxes[first...first+count]
  };
  std::vector<Frame> frames;
  std::vector<TraceRef> boxes;
  // Field writes the optimizer delayed past this guard (lazy setfields): done by the resume
  // before the frames continue, and by a bridge from the guard before its own operations.
  struct Write {
    const FieldDescr* descr;
    TraceRef obj, value;
  };
  std::vector<Write> pending;
  // guard_exception: the call's result and its register in the top frame, for a resume where
  // the call returned after all (the frame then continues after the call).
  TraceRef call_result;
  int8_t call_result_kind = -1;
  uint16_t call_result_reg = 0;
  // Objects allocation removal left unallocated (docs/JIT.md 11.3), referred to as
  // TraceRef::virt(n) by the boxes and by each other's fields (cycles allowed): the resume
  // allocates them all, then fills their fields.
  struct Field {
    const FieldDescr* descr;
    TraceRef value;
  };
  struct Virtual {
    const ClassDescr* cls;
    std::vector<Field> fields;
  };
  std::vector<Virtual> virtuals;

  // f(TraceRef&) on every value the snapshot refers to: boxes, pending writes, the call's
  // result, the virtuals' fields.
  template <class F>
  void for_each_ref(F&& f) {
    for (TraceRef& b : boxes) f(b);
    for (Write& w : pending) {
      f(w.obj);
      f(w.value);
    }
    if (call_result_kind >= 0) f(call_result);
    for (Virtual& v : virtuals)
      for (Field& fd : v.fields) f(fd.value);
  }
  template <class F>
  void for_each_ref(F&& f) const {
    const_cast<Snapshot*>(this)->for_each_ref([&](TraceRef& r) { f(static_cast<const TraceRef&>(r)); });
  }
};

struct ResOp {
  uint8_t opnum = 0;
  Kind kind = kVoid;  // of the result
  DescrKind dkind = DescrKind::None;
  const void* descr = nullptr;
  int32_t snapshot = -1;  // guards
  std::vector<TraceRef> args;
};

struct Trace {
  std::vector<Kind> inputs;
  std::vector<ResOp> ops;
  std::vector<Word> consts;
  std::vector<Kind> const_kinds;
  std::vector<Snapshot> snapshots;
  // Names of constant functions and objects for the log (ConstClass(name)).
  std::unordered_map<uint32_t, std::string> const_names;
  // Allocations whose object never outlives a recursive portal call traced inline (recorded from
  // new_scoped in the callee's portal frame): new_with_vtable op -> the call_assembler call that
  // ends that frame. Allocation removal builds such an object in the machine frame when that
  // call is what forces it (docs/JIT.md 7.7).
  std::unordered_map<uint32_t, uint32_t> scope_end;

  TraceRef add_const(Kind k, Word w);
  TraceRef add_input(Kind k);
  Kind kind_of(TraceRef r) const;
  Word const_value(TraceRef r) const { return consts[r.index()]; }
  size_t num_guards() const;

 private:
  std::unordered_map<uint64_t, uint32_t> const_index_[3];
};

// The text of the operations, PyPy's log format: `[p0, i1]` inputs, then one operation per line
// (`i3 = int_add(i1, 1)`, `guard_true(i4, descr=<Guard0x2>) [p0, i1]`). names_of_merge_points:
// the text of each debug_merge_point, by operation index.
std::string format_trace(const Trace& t, const std::unordered_map<size_t, std::string>& merge_point_texts, int first_guard_number);

}  // namespace rpy::jit
