#include "syntax/bindings.hpp"

namespace rpy::syntax {

void Bindings::target(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name:
      names.insert(e.as<NameExpr>()->id);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& x : e.as<SeqExpr>()->elts) target(*x);
      break;
    case ExprKind::Starred:
      target(*e.as<StarredExpr>()->value);
      break;
    default:  // a.b = ..., a[i] = ...: bind nothing
      break;
  }
}

void Bindings::params(const Arguments& a) {
  for (auto& x : a.args) names.insert(x.name);
  for (auto& x : a.kwonly) names.insert(x.name);
  if (!a.vararg.empty()) names.insert(a.vararg);
  if (!a.kwarg.empty()) names.insert(a.kwarg);
}

void Bindings::body(const Body& b) {
  for (auto& s : b) stmt(*s);
}

void Bindings::stmt(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
      names.insert(s.as<FunctionDefStmt>()->name);
      break;
    case StmtKind::ClassDef:
      names.insert(s.as<ClassDefStmt>()->name);
      break;
    case StmtKind::Assign:
      for (auto& t : s.as<AssignStmt>()->targets) target(*t);
      break;
    case StmtKind::AugAssign:
      target(*s.as<AugAssignStmt>()->target);
      break;
    case StmtKind::Delete:
      for (auto& t : s.as<DeleteStmt>()->targets) target(*t);
      break;
    case StmtKind::For:
      target(*s.as<ForStmt>()->target);
      body(s.as<ForStmt>()->body);
      body(s.as<ForStmt>()->orelse);
      break;
    case StmtKind::While:
      body(s.as<WhileStmt>()->body);
      body(s.as<WhileStmt>()->orelse);
      break;
    case StmtKind::If:
      body(s.as<IfStmt>()->body);
      body(s.as<IfStmt>()->orelse);
      break;
    case StmtKind::With:
      for (auto& it : s.as<WithStmt>()->items)
        if (it.optional_vars) target(*it.optional_vars);
      body(s.as<WithStmt>()->body);
      break;
    case StmtKind::Try: {
      auto* t = s.as<TryStmt>();
      body(t->body);
      for (auto& h : t->handlers) {
        if (!h.name.empty()) names.insert(h.name);
        body(h.body);
      }
      body(t->orelse);
      body(t->finalbody);
      break;
    }
    case StmtKind::Import:
      if (!import_binds || import_binds(s))
        for (auto& a : s.as<ImportStmt>()->names) names.insert(!a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.')));
      break;
    case StmtKind::ImportFrom:
      if (!import_binds || import_binds(s))
        for (auto& a : s.as<ImportFromStmt>()->names) names.insert(a.asname.empty() ? a.name : a.asname);
      break;
    case StmtKind::Global:
      for (auto& n : s.as<GlobalStmt>()->names) (s.as<GlobalStmt>()->is_nonlocal ? nonlocals : globals).insert(n);
      break;
    default:
      break;
  }
}

}  // namespace rpy::syntax
