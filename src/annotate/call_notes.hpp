// Notes that complete an error about a call: where the called function is defined (a wrong
// argument count is read against the def), and the message for an unexpected keyword argument.
#pragma once
#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "modules/value.hpp"

namespace rpy::annotate {

// Adds "NAME() is defined here: def NAME(params)" at fn's def to `d` (which may be null: the
// annotator reports errors only in its final pass). A call the program made under another name
// (`called`: zip_longest, for rpy's library function zip_longest_2) gets "rpy's zip_longest()
// takes (params)" instead, without the library's name or line.
void note_definition(Diagnostic* d, const modules::FunctionObj& fn, const std::string& called = {});

// The error for a keyword argument `name` that the function called `fname` has no parameter for.
std::string unexpected_keyword_message(const std::string& fname, const std::string& name);

// The error for a call of builtin `name` that translated code cannot make (eval, globals, ...).
std::string unsupported_builtin_message(const std::string& name);

// "Did you mean: 'total'?": the candidate closest to `name` by Python 3.10+'s rule for NameError
// and AttributeError (a change of case costs 1, any other edit 2; the bound grows with the names'
// lengths; the first of the closest), or "" (none close enough, or more than Python's 750).
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace rpy::annotate
