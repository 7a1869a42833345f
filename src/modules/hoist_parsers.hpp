// Command-line parsers configured with constants inside a function, built while the module is
// imported instead (lib/std/argparse.py, lib/std/optparse.py).
#pragma once
#include "syntax/ast.hpp"

namespace rpy::modules {

// In each module-level function, a statement `p = argparse.ArgumentParser(<constants>)` (or
// optparse.OptionParser, or either imported by name) followed by statements
// `p.add_argument(<constants>)` (add_option) is a parser whose configuration is a constant: the
// statements move to module level, right after the module's import of argparse (optparse), as
// `__rpy_parser_N = ...` and `__rpy_parser_N.add_argument(...)`, and the function's assignment
// becomes `p = __rpy_parser_N`. Translated code then receives the parser prebuilt, as it does
// one made at module level (the parser generates its typed code while it is configured).
// Constants: literals, tuples and lists of them, the names int, float, str, True, False, None,
// __doc__, and attributes of the module (argparse.SUPPRESS).
void hoist_constant_parsers(syntax::Module& module);

}  // namespace rpy::modules
