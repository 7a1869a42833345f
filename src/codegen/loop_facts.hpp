// Facts about loop bodies for code generation (loop_facts.cpp).
#pragma once
#include "ir/ir.hpp"

namespace rpy::codegen {

// True when nothing in `b` can change the length or the items array of any list: no calls but
// math functions, no operators or comparisons on instances, no dict operations (an r_dict runs
// the program's own functions), no del, slice assignment, generator or nested for loop.
bool block_keeps_lists(const ir::Block& b);

}  // namespace rpy::codegen
