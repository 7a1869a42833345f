// Python 3 scripts (a main module without target()): the module body is the program. It runs at
// translation time up to the first statement that does something only the running program can do
// (Interp::run_time_only, or an exception escaping it): the cut. That statement and the ones after
// it run in the binary, except `def`, `class` and `import`, which are still evaluated at
// translation time (hoisted). A global the binary assigns is a module variable: an attribute of
// one prebuilt instance (ModuleObj::script_vars), so that its type is inferred like an instance
// attribute's. docs/ARCHITECTURE.md, "Scripts", has the whole rule.
#pragma once
#include <cstddef>

#include "modules/interp.hpp"
#include "syntax/ast.hpp"

namespace rpy::modules {

// `__name__ == '__main__'` (either way round).
bool is_main_guard(const syntax::Expr& test);
// A module-level statement evaluated at translation time even after the cut.
bool is_hoisted(const syntax::Stmt& s);
// Where a script's module body must stop at translation time, at the latest: its first
// `if __name__ == '__main__':` block, else the end.
size_t first_guard(const syntax::Module& m);
// Whether the module body has a statement that is not a definition, an import, a docstring or
// `pass` (a module of definitions only is a library, not a program).
bool runs_code(const syntax::Module& m);

// Runs the hoisted statements after `cut` at module level; a clear error (EvalError) when one of
// them reads a name the binary assigns, or does something only the running program can do.
void run_hoisted(Interp& in, ModuleObj& m, size_t cut);

// Moves the statements from `cut` on (without the hoisted ones; a main guard's block in place of
// the guard) into a new function taking argv, decides the module variables and lowers them
// (ModuleObj::script_vars). The module's AST owns the function's definition.
Ref build_script_entry(Interp& in, ModuleObj& m, size_t cut);

// The holder's attribute telling whether a module variable without a translation-time value has
// been assigned yet (ModuleObj::script_unset_vars): a read before that raises NameError.
inline std::string script_defined_flag(const std::string& name) { return "rpy_defined_" + name; }

}  // namespace rpy::modules
