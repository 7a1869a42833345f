// Which Python a program is (RPYTHON.md section 5): a module with target() is RPython, which is
// Python 2.7; a script without target() is Python 3 unless it uses syntax only Python 2 has.
#pragma once
#include "syntax/ast.hpp"

namespace rpy::modules {

// True when the module binds `target` at module level (def, assignment or import), outside the
// `if __name__ == '__main__':` block.
bool defines_target(const syntax::Module& m);
// 2 or 3. `requested` is --python's value (0: decide from the program).
int program_python_version(const syntax::Module& main, int requested);

}  // namespace rpy::modules
