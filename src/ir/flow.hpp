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
// Python 2's bare `raise` re-raises sys.exc_info(): the exception its frame caught last, which an
// except clause that ends does not restore (RPython's flow space: RAISE_VARARGS 0 raises the
// frame's last_exception). True when `b` catches an exception somewhere inside it: a try with
// except clauses, or a with statement (its lowered try).
bool catches(const Block& b);
// True when a bare raise in `b` may re-raise an exception other than the one its innermost
// enclosing except clause caught: a bare raise outside every except clause of the function, or
// in one whose body catches another exception. `in_handler`: `b` is an except clause's body.
bool reraises_other(const Block& b, bool in_handler = false);

}  // namespace rpy::ir
