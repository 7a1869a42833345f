#include "modules/dialect.hpp"

namespace rpy::modules {

using namespace syntax;

namespace {

bool binds_target(const Expr& e) {
  if (e.kind == ExprKind::Name) return e.as<NameExpr>()->id == "target";
  if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List)
    for (auto& x : e.as<SeqExpr>()->elts)
      if (binds_target(*x)) return true;
  return false;
}

bool is_main_guard(const Stmt& s) {
  if (s.kind != StmtKind::If) return false;
  const Expr& t = *s.as<IfStmt>()->test;
  if (t.kind != ExprKind::Compare) return false;
  auto* c = t.as<CompareExpr>();
  if (c->comparators.size() != 1) return false;
  auto is = [](const Expr& x, const char* name) { return x.kind == ExprKind::Name && x.as<NameExpr>()->id == name; };
  return is(*c->left, "__name__") || is(*c->comparators[0], "__name__");
}

bool body_binds_target(const Body& body) {
  for (auto& sp : body) {
    const Stmt& s = *sp;
    switch (s.kind) {
      case StmtKind::FunctionDef:
        if (s.as<FunctionDefStmt>()->name == "target") return true;
        break;
      case StmtKind::ClassDef:
        if (s.as<ClassDefStmt>()->name == "target") return true;
        break;
      case StmtKind::Assign:
        for (auto& t : s.as<AssignStmt>()->targets)
          if (binds_target(*t)) return true;
        break;
      case StmtKind::ImportFrom:
        for (auto& a : s.as<ImportFromStmt>()->names)
          if ((a.asname.empty() ? a.name : a.asname) == "target") return true;
        break;
      case StmtKind::If:
        if (is_main_guard(s)) break;
        if (body_binds_target(s.as<IfStmt>()->body) || body_binds_target(s.as<IfStmt>()->orelse)) return true;
        break;
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        if (body_binds_target(t->body) || body_binds_target(t->orelse) || body_binds_target(t->finalbody)) return true;
        for (auto& h : t->handlers)
          if (body_binds_target(h.body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

}  // namespace

bool defines_target(const Module& m) { return body_binds_target(m.body); }

int program_python_version(const Module& main, int requested) {
  if (requested == 2 || requested == 3) return requested;
  if (defines_target(main)) return 2;
  return main.py2_syntax.valid() ? 2 : 3;
}

}  // namespace rpy::modules
