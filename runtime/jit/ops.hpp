// Opcodes of the jitcode instruction set (jitcode_ops.def) and the helpers that decode them.
#pragma once
#include <cstdint>
#include <cstring>

#include "jit/jitcode.hpp"

namespace rpy::jit {

enum Opcode : uint8_t {
#define OP(name, sig) OP_##name,
#include "jit/jitcode_ops.def"
#undef OP
  OP_COUNT
};
static_assert(OP_COUNT <= 256, "the opcode is one byte");

const char* op_name(int op);
const char* op_signature(int op);
int op_by_name(const char* name);  // -1 if none

inline uint16_t rd16(const uint8_t* p) {
  uint16_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline uint32_t rd32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
// The pc after `n` register lists starting at `at`.
inline uint32_t skip_lists(const uint8_t* code, uint32_t at, int n) {
  for (int k = 0; k < n; ++k) at += 1 + 2u * code[at];
  return at;
}
inline int kind_of_char(char c) { return c == 'i' ? kInt : c == 'r' ? kRef : c == 'f' ? kFloat : kVoid; }
inline char char_of_kind(int k) { return k == kInt ? 'i' : k == kRef ? 'r' : k == kFloat ? 'f' : 'v'; }

// The resume point of a pc (the registers live there), or null.
const LiveEntry* find_live(const JitCode* code, uint32_t pc);

// The length in bytes of the instruction at code[pc].
uint32_t insn_length(const uint8_t* code, uint32_t pc);

}  // namespace rpy::jit
