#include "syntax/bindings.hpp"

#include "syntax/ast_walk.hpp"

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

void Bindings::leaked(const Expr& e) {
  switch (e.kind) {
    case ExprKind::ListComp: {
      auto* c = e.as<CompExpr>();
      for (auto& g : c->generators) {
        target(*g.target);
        leaked(*g.iter);
        for (auto& i : g.ifs) leaked(*i);
      }
      leaked(*c->elt);
      return;
    }
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      // their own scope, but the first iterable is evaluated in the enclosing one
      leaked(*e.as<CompExpr>()->generators[0].iter);
      return;
    case ExprKind::Lambda:
      for (auto& a : e.as<LambdaExpr>()->args.args)
        if (a.default_value) leaked(*a.default_value);
      return;
    default:
      for_each_plain_child(e, [&](const Expr& x) { leaked(x); });
  }
}

// The expressions of a statement evaluated in its own scope (not those of nested bodies).
static void own_exprs(const Stmt& s, const std::function<void(const Expr&)>& f) {
  auto opt = [&](const ExprPtr& e) {
    if (e) f(*e);
  };
  switch (s.kind) {
    case StmtKind::FunctionDef:
      for (auto& d : s.as<FunctionDefStmt>()->decorators) f(*d);
      for (auto& a : s.as<FunctionDefStmt>()->args.args) opt(a.default_value);
      break;
    case StmtKind::ClassDef:
      for (auto& d : s.as<ClassDefStmt>()->decorators) f(*d);
      for (auto& b : s.as<ClassDefStmt>()->bases) f(*b);
      break;
    case StmtKind::Return:
      opt(s.as<ReturnStmt>()->value);
      break;
    case StmtKind::Delete:
      for (auto& t : s.as<DeleteStmt>()->targets) f(*t);
      break;
    case StmtKind::Assign:
      f(*s.as<AssignStmt>()->value);
      for (auto& t : s.as<AssignStmt>()->targets) f(*t);
      break;
    case StmtKind::AugAssign:
      f(*s.as<AugAssignStmt>()->target);
      f(*s.as<AugAssignStmt>()->value);
      break;
    case StmtKind::Print:
      opt(s.as<PrintStmt>()->dest);
      for (auto& v : s.as<PrintStmt>()->values) f(*v);
      break;
    case StmtKind::For:
      f(*s.as<ForStmt>()->target);
      f(*s.as<ForStmt>()->iter);
      break;
    case StmtKind::While:
      f(*s.as<WhileStmt>()->test);
      break;
    case StmtKind::If:
      f(*s.as<IfStmt>()->test);
      break;
    case StmtKind::With:
      for (auto& it : s.as<WithStmt>()->items) {
        f(*it.context_expr);
        opt(it.optional_vars);
      }
      break;
    case StmtKind::Raise: {
      auto* r = s.as<RaiseStmt>();
      opt(r->exc), opt(r->value), opt(r->traceback), opt(r->cause);
      break;
    }
    case StmtKind::Try:
      for (auto& h : s.as<TryStmt>()->handlers) opt(h.type);
      break;
    case StmtKind::Assert:
      f(*s.as<AssertStmt>()->test);
      opt(s.as<AssertStmt>()->msg);
      break;
    case StmtKind::ExprStmt:
      f(*s.as<ExprStmt>()->value);
      break;
    case StmtKind::Exec:
      opt(s.as<ExecStmt>()->body), opt(s.as<ExecStmt>()->globals), opt(s.as<ExecStmt>()->locals);
      break;
    default:
      break;
  }
}

void walrus_targets(const Expr& e, std::set<std::string>& out) {
  switch (e.kind) {
    case ExprKind::NamedExpr:
      out.insert(e.as<NamedExpr>()->target);
      walrus_targets(*e.as<NamedExpr>()->value, out);
      return;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: {
      auto* c = e.as<CompExpr>();
      for (auto& g : c->generators) {
        walrus_targets(*g.iter, out);
        for (auto& i : g.ifs) walrus_targets(*i, out);
      }
      walrus_targets(*c->elt, out);
      if (c->value) walrus_targets(*c->value, out);
      return;
    }
    case ExprKind::Lambda:
      for (auto& a : e.as<LambdaExpr>()->args.args)
        if (a.default_value) walrus_targets(*a.default_value, out);
      return;
    case ExprKind::Yield:
      if (e.as<YieldExpr>()->value) walrus_targets(*e.as<YieldExpr>()->value, out);
      return;
    default:
      for_each_plain_child(e, [&](const Expr& x) { walrus_targets(x, out); });
  }
}

void Bindings::stmt(const Stmt& s) {
  if (listcomps_bind) own_exprs(s, [&](const Expr& e) { leaked(e); });
  own_exprs(s, [&](const Expr& e) { walrus_targets(e, names); });
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
