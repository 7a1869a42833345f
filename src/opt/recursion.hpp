// Which functions can call themselves (through any chain of calls): they check the stack on
// entry, so that unbounded recursion raises RecursionError as in Python instead of overflowing
// the C stack (see rpy::check_stack).
#pragma once
#include <vector>

#include "ir/ir.hpp"

namespace rpy::opt {

// Sets Graph::recursive on every function in a cycle of the call graph (Tarjan's SCCs).
void mark_recursive(const std::vector<ir::Graph*>& graphs);

}  // namespace rpy::opt
