// Notes that complete an error about a call: where the called function is defined (a wrong
// argument count is read against the def), and the message for an unexpected keyword argument.
#pragma once
#include <string>

#include "common/diagnostics.hpp"
#include "modules/value.hpp"

namespace rpy::annotate {

// Adds "NAME() is defined here: def NAME(params)" at fn's def to `d` (which may be null: the
// annotator reports errors only in its final pass).
void note_definition(Diagnostic* d, const modules::FunctionObj& fn);

// The error for a keyword argument `name` that `fn` has no parameter for.
std::string unexpected_keyword_message(const modules::FunctionObj& fn, const std::string& name);

// The error for a call of builtin `name` that translated code cannot make (eval, globals, ...).
std::string unsupported_builtin_message(const std::string& name);

}  // namespace rpy::annotate
