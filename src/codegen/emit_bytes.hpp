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

}  // namespace rpy::codegen::bytes3
