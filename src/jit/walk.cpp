#include "jit/walk.hpp"

namespace rpy::jit {

void walk_expr(ir::Expr& e, const std::function<void(ir::Expr&)>& f) {
  f(e);
  for (auto& a : e.args)
    if (a) walk_expr(*a, f);
  for (auto& d : e.defaults)
    if (d) walk_expr(*d, f);
  walk_block_exprs(e.body, f);
}

void walk_block_exprs(ir::Block& b, const std::function<void(ir::Expr&)>& f) {
  walk_stmts(b, [&](ir::Stmt& s) {
    for (auto& e : s.exprs)
      if (e) walk_expr(*e, f);
    for (auto& h : s.handlers)
      for (auto& c : h.classes)
        if (c) walk_expr(*c, f);
  });
}

void walk_stmts(ir::Block& b, const std::function<void(ir::Stmt&)>& f) {
  for (auto& s : b) {
    f(*s);
    walk_stmts(s->body, f);
    walk_stmts(s->orelse, f);
    walk_stmts(s->finalbody, f);
    for (auto& h : s->handlers) walk_stmts(h.body, f);
  }
}

}  // namespace rpy::jit
