// Command-line parsers configured with constants inside a function, built while the module is
// imported instead (lib/std/argparse.py, lib/std/optparse.py).
#pragma once
#include "syntax/ast.hpp"

namespace rpy::modules {

// In each module-level function, a statement `p = argparse.ArgumentParser(<constants>)` (or
// optparse.OptionParser, or either imported by name) followed by statements
// `p.add_argument(<constants>)` (add_option) is a parser whose configuration is a constant: the
// statements move to module level, right before the function, as `__rpy_parser_N = ...` and
// `__rpy_parser_N.add_argument(...)`, and the function's assignment becomes `p = __rpy_parser_N`.
// Translated code then receives the parser prebuilt, as it does one made at module level (the
// parser generates its typed code while it is configured). Constants: literals, and operators,
// tuples, lists and items of constants; True, False, None, __doc__; int, float and str unless the module
// rebinds them; attributes of the parser module (argparse.SUPPRESS); and names the module binds
// in one statement before the function, that no function declares global and the function does
// not bind (DEFAULT_PORT).
void hoist_constant_parsers(syntax::Module& module);

}  // namespace rpy::modules
