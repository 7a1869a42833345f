// The interface between codegen and the JIT's translation-time half (src/jit, docs/JIT.md 2).
// Installed only by --opt=jit; without it codegen prints exactly what it always does.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "ir/ir.hpp"

namespace rpy::codegen {

class Emitter;

struct JitHooks {
  virtual ~JitHooks() = default;
  // Runs the codewriter, once the emitter knows the program's classes, method slots, prebuilt
  // objects and prototypes (it prints helpers and constants through the emitter).
  virtual void prepare(Emitter& em) = 0;
  // Declarations the functions need (the drivers' descriptors), placed after the prototypes.
  virtual std::string declarations() = 0;
  // The C++ of a jit_merge_point call in a portal (the merge point protocol).
  virtual std::string merge_point(Emitter& em, ir::Expr& call) = 0;
  virtual bool is_portal(const ir::Graph& g) const = 0;
  // The C++ of a set_param(driver, name, value) call.
  virtual std::string set_param(Emitter& em, ir::Expr& call) = 0;
  // The jitcodes, descriptors and helpers, appended to the translation unit; they define
  // `static void rpy_jit_init()`, which main calls after the prebuilt objects exist.
  virtual std::string tables(Emitter& em) = 0;
};

// While printing a helper (docs/JIT.md 6.4): each operand Expr prints as the code given here,
// and printing reaches no sub-expression of an operand (failed is set if it tries).
struct JitOperands {
  std::unordered_map<const ir::Expr*, std::string> codes;
  std::unordered_set<const ir::Expr*> forbidden;
  bool failed = false;
};

}  // namespace rpy::codegen
