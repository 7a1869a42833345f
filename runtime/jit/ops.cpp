// Names and signatures of the jitcode instructions.
#include "jit/ops.hpp"

namespace rpy::jit {

static const char* const kNames[] = {
#define OP(name, sig) #name,
#include "jit/jitcode_ops.def"
#undef OP
};
static const char* const kSigs[] = {
#define OP(name, sig) sig,
#include "jit/jitcode_ops.def"
#undef OP
};

const char* op_name(int op) { return op >= 0 && op < OP_COUNT ? kNames[op] : "?"; }
const char* op_signature(int op) { return op >= 0 && op < OP_COUNT ? kSigs[op] : ""; }

int op_by_name(const char* name) {
  for (int i = 0; i < OP_COUNT; ++i)
    if (std::strcmp(kNames[i], name) == 0) return i;
  return -1;
}

const LiveEntry* find_live(const JitCode* code, uint32_t pc) {
  uint32_t lo = 0, hi = code->num_live;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (code->live[mid].pc < pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < code->num_live && code->live[lo].pc == pc ? &code->live[lo] : nullptr;
}

uint32_t insn_length(const uint8_t* code, uint32_t pc) {
  uint32_t at = pc + 1;
  for (const char* s = kSigs[code[pc]]; *s; ++s) {
    switch (*s) {
      case '>':
        break;
      case 'i':
      case 'r':
      case 'f':
      case 'd':
      case 'j':
      case 'n':
        at += 2;
        break;
      case 'L':
        at += 4;
        break;
      case 'I':
      case 'R':
      case 'F':
        at += 1 + 2u * code[at];
        break;
    }
  }
  return at - pc;
}

}  // namespace rpy::jit
