// The parser: Python 2.7 source (plus the Python 3 spellings RPython programs use) to an AST.
#pragma once
#include <memory>
#include <string>

#include "common/diagnostics.hpp"
#include "syntax/ast.hpp"

namespace rpy::syntax {

// Parses the whole file `file_id`. Syntax errors are recorded in `diags` with file:line:col and
// the parser recovers at the next statement where it can; returns nullptr only if nothing usable
// could be produced. Callers check diags.has_errors(). `py3_text`: the program is Python 3, whose
// plain '...' literals are text (\u, \U and \x escapes are code points, kept as UTF-8).
std::unique_ptr<Module> parse_module(const SourceManager& sm, uint32_t file_id, Diagnostics& diags, bool py3_text = false);

// Text form of the AST for --dump-ast: one node per line, indented by depth, with line:col.
std::string dump_ast(const Module& m);

}  // namespace rpy::syntax
