// C++ for Python 3 bytes (emit_bytes.cpp; rules: annotate/bytes_rules.cpp). A bytes value is an
// rpy::Bytes* (runtime/rpy/bytes.hpp). The generic emitters call these hooks first; each returns
// "" when the node involves no bytes value.
#pragma once
#include <string>

#include "codegen/emitter.hpp"

namespace rpy::codegen::bytes3 {

// Operators, comparisons, items and slices with a bytes operand.
std::string expr_node(Emitter& em, ir::Expr& e);
// The calls annotate::bytes3::handles() accepted.
bool handles(Emitter& em, annotate::BuiltinId id, ir::Expr& e);
std::string call_builtin(Emitter& em, ir::Expr& e);
// bytes % values (PEP 461): appends to `out` the C++ writing one %s, %b, %r, %a or %c conversion
// of `code` (type t) to the Buffer `buf` with `spec` (a FmtSpec expression); leaves `out` empty
// for the numeric conversions, which format as for str. False after reporting an error.
bool percent_conversion(Emitter& em, std::string& out, const std::string& buf, const std::string& code, TypeRef t, char conv,
                        const std::string& spec, Loc loc);

}  // namespace rpy::codegen::bytes3
