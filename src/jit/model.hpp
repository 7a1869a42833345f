// What the codewriter produces (docs/JIT.md 6): jitcodes as symbolic instructions then bytes,
// and the descriptors and helpers the tables will define. Run-time formats: runtime/jit/jitcode.hpp.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/descs.hpp"
#include "ir/ir.hpp"
#include "jit/jitcode.hpp"
#include "jit/ops.hpp"

namespace rpy::jit {

using annotate::TypeRef;

// A register or constant of one kind. Constants are numbered in their pool until assembly.
struct RegRef {
  Kind kind = kInt;
  uint16_t index = 0;
  bool is_const = false;
};
// A value in registers: one per flattened component (none for None, several for a tuple).
using Val = std::vector<RegRef>;

struct Operand {
  enum Tag : uint8_t { Reg, Label, Descr, Code, Imm, List } tag = Reg;
  bool result = false;
  RegRef reg;                // Reg
  uint32_t value = 0;        // Label id, Descr/Code index, Imm
  Kind list_kind = kInt;     // List
  std::vector<RegRef> list;  // List
};

struct Insn {
  int op = -1;  // an Opcode, or -1: a label definition (value in label)
  uint32_t label = 0;
  std::vector<Operand> ops;
  int line = 0;
};

// Ranges of instructions protected by an except or finally clause (labels until assembly).
struct HandlerRange {
  uint32_t start, end, handler;
};

struct ConstPool {
  std::vector<std::string> cpp;   // the C++ expression of each constant (its Word at start-up)
  std::vector<std::string> text;  // how dumps show it
  std::unordered_map<std::string, uint16_t> index;
  uint16_t add(const std::string& code, const std::string& shown);
};

struct JitCodeOut {
  ir::Graph* graph = nullptr;
  std::string name;        // qualified (dumps)
  std::string short_name;  // as tracebacks show it
  std::string file;
  std::vector<Insn> insns;
  std::vector<HandlerRange> ranges;
  uint16_t num_regs[3] = {0, 0, 0};
  ConstPool consts[3];
  std::string result_kinds;
  std::map<std::pair<int, uint16_t>, const ir::Var*> reg_vars;  // (kind, register) -> the variable it holds
  // After assembly:
  std::vector<uint8_t> code;
  std::vector<Handler> handlers;
  std::vector<LineEntry> lines;
  std::vector<LiveEntry> live;  // resume points (docs/JIT.md 6.7)
  std::vector<uint16_t> live_regs;
  uint32_t merge_pc = UINT32_MAX, after_pc = UINT32_MAX;  // the portal's jit_merge_point
};

struct FieldOut {
  std::string owner_ctype;  // C++ struct
  std::string member;       // its member
  std::string name;         // Class.attr
  Kind kind;
  bool is_signed;
  uint8_t immutable = 0;  // FieldDescr::immutable
};
struct ListOut {
  std::string item_ctype;
  Kind kind;
  bool is_signed;
  std::string name;
};
struct ClassOut {
  annotate::ClassDef* cls;
};

// A function the jitcode calls with the uniform signature: a compiled graph's wrapper or a helper.
struct CallOut {
  std::string body;  // the C++ statements of the function, reading a[] and writing r[]
  std::string arg_kinds, result_kinds;
  uint8_t flags = kCanRaise;
  std::string name;  // what it does (dumps)
  int portal = -1;   // calls the portal of this driver (CallDescr::portal)
};

struct DriverOut {
  const modules::Obj* driver = nullptr;
  std::string name;
  ir::Graph* portal = nullptr;
  ir::Expr* merge_call = nullptr;
  std::vector<std::string> green_names, red_names;
  bool auto_reds = false;
  bool has_can_enter_jit = false;
  // Filled by the codewriter:
  std::vector<ir::Var*> greens, reds;
  size_t declared_reds = 0;    // reds[declared_reds...]: live at the merge point but not listed (or reds='auto')
  std::vector<uint16_t> regs;  // greens then reds
  std::string kinds;
  std::string green_values;  // per green: 's' a str or unicode (compared by value at run time), else '-'
  int portal_code = -1;
  int printable_call = -1;  // CallDescr of get_printable_location, or -1
};

}  // namespace rpy::jit
