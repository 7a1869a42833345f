// Errors Python reports when it compiles a module, after parsing: statements in the wrong place
// ('return' outside a function, 'break' outside a loop) and declarations that contradict a
// function's parameters (`global x` where x is a parameter). Python 2 and 3 both reject these.
#pragma once
#include "common/diagnostics.hpp"
#include "syntax/ast.hpp"

namespace rpy::syntax {

void check_scopes(const Module& m, Diagnostics& diags);

}  // namespace rpy::syntax
