// Walks over the expressions and statements of IR blocks (the JIT's analyses).
#pragma once
#include <functional>

#include "ir/ir.hpp"

namespace rpy::jit {

// Calls f on e and every sub-expression (arguments, comprehension bodies, defaults).
void walk_expr(ir::Expr& e, const std::function<void(ir::Expr&)>& f);
// Calls f on every expression of the statements of b, nested blocks included.
void walk_block_exprs(ir::Block& b, const std::function<void(ir::Expr&)>& f);
// Calls f on every statement of b, nested blocks included (parents first).
void walk_stmts(ir::Block& b, const std::function<void(ir::Stmt&)>& f);

}  // namespace rpy::jit
