#include "ir/flow.hpp"

namespace rpy::ir {

bool contains_break(const Block& b) {
  for (auto& s : b) {
    switch (s->op) {
      case StmtOp::Break:
        return true;
      case StmtOp::While:
      case StmtOp::For:
        if (contains_break(s->orelse)) return true;
        break;  // a break in the loop body belongs to that loop
      default:
        if (contains_break(s->body) || contains_break(s->orelse) || contains_break(s->finalbody)) return true;
        for (auto& h : s->handlers)
          if (contains_break(h.body)) return true;
    }
  }
  return false;
}

static bool is_true_const(const Expr& e) {
  if (e.op != ExprOp::Const) return false;
  auto k = e.value->kind;
  if (k == modules::ObjKind::Bool) return e.value->as<modules::BoolObj>()->value;
  if (k == modules::ObjKind::Int) return e.value->as<modules::IntObj>()->value != 0;
  return false;
}

bool falls_through_stmt(const Stmt& s) {
  switch (s.op) {
    case StmtOp::Return:
    case StmtOp::Raise:
    case StmtOp::Break:
    case StmtOp::Continue:
      return false;
    case StmtOp::If:
      return falls_through(s.body) || falls_through(s.orelse);
    case StmtOp::While:
      return !(is_true_const(*s.exprs[0]) && !contains_break(s.body));
    case StmtOp::Try: {
      if (!s.finalbody.empty() && !falls_through(s.finalbody)) return false;
      bool any = s.orelse.empty() ? falls_through(s.body) : (falls_through(s.body) && falls_through(s.orelse));
      for (auto& h : s.handlers) any = any || falls_through(h.body);
      return any;
    }
    default:
      return true;
  }
}

bool falls_through(const Block& b) {
  for (auto& s : b)
    if (!falls_through_stmt(*s)) return false;
  return true;
}

bool catches(const Block& b) {
  for (auto& s : b) {
    if (s->op == StmtOp::Try && !s->handlers.empty()) return true;
    if (catches(s->body) || catches(s->orelse) || catches(s->finalbody)) return true;
  }
  return false;
}

bool reraises_other(const Block& b, bool in_handler) {
  for (auto& s : b) {
    if (s->op == StmtOp::Raise && s->exprs.empty() && !in_handler) return true;
    if (reraises_other(s->body, in_handler) || reraises_other(s->orelse, in_handler) || reraises_other(s->finalbody, in_handler))
      return true;
    for (auto& h : s->handlers) {
      // Only a bare raise of this clause (not of a clause nested in it) can see another exception.
      if (catches(h.body) ? reraises_other(h.body, false) : reraises_other(h.body, true)) return true;
    }
  }
  return false;
}

}  // namespace rpy::ir
