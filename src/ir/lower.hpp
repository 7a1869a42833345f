// Lowering: a Python function's AST (with its module's constants) to an IR Graph.
#pragma once
#include <memory>

#include "common/diagnostics.hpp"
#include "ir/ir.hpp"
#include "modules/interp.hpp"

namespace rpy::ir {

// Lowers `fn` into a new graph. Names are resolved here: locals become Vars, everything else is
// looked up in the module's globals (constants after import) or the builtins. Errors (undefined
// names, unsupported constructs, rebinding a global) are recorded in `diags`. receiver_in_vararg:
// a function with *args and no positional parameter, called as a method (Graph::receiver_in_vararg).
std::unique_ptr<Graph> lower_function(const modules::FunctionObj& fn, modules::Interp& interp, Diagnostics& diags,
                                      bool receiver_in_vararg = false);

}  // namespace rpy::ir
