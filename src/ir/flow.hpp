// Control-flow facts about IR blocks.
#pragma once
#include "ir/ir.hpp"

namespace rpy::ir {

// False when every path through `b` ends in return, raise, break or continue (so control cannot
// reach the statement after it). Conservative: true when unsure.
bool falls_through(const Block& b);
bool falls_through_stmt(const Stmt& s);
// True if `b` contains a break that exits the innermost enclosing loop being examined.
bool contains_break(const Block& b);

}  // namespace rpy::ir
