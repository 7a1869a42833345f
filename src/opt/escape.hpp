// Escape analysis and stack allocation (RPython's backend "malloc removal", done the C++ way).
//
// An instance that never outlives the call that creates it -- it is only read and written
// through its attributes, and only passed as an argument that the callee treats the same way --
// is allocated in that call's frame instead of the collected heap. Small functions called on
// such instances are marked to be inlined, so that the C++ compiler sees the whole life of the
// object and keeps its fields in registers (scalar replacement).
#pragma once
#include <string>
#include <vector>

#include "ir/ir.hpp"

namespace rpy::opt {

struct EscapeStats {
  int stack_allocations = 0;  // allocation sites moved to the stack
  int inlined = 0;            // functions marked always-inline
  int released = 0;           // allocation sites whose __del__ runs when their variable lets go
};

// Runs over the annotated graphs; sets Expr::stack_slot, Graph::stack_slots, Graph::force_inline.
EscapeStats stack_allocate(const std::vector<ir::Graph*>& graphs);

// Owned lists (docs/JIT.md 16, owned_lists.cpp): sets Expr::owned_list on the `[c] * n` stored
// into a field that holds only such fresh lists and whose every read is only indexed, measured,
// appended to or popped from. Returns the number of fields found owned.
int mark_owned_lists(const std::vector<ir::Graph*>& graphs);

}  // namespace rpy::opt
