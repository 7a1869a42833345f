#include "modules/core/scope.hpp"
#include "syntax/ast_walk.hpp"
#include "syntax/bindings.hpp"

namespace rpy::modules {

using namespace syntax;

namespace {

struct Scanner {
  Scope& s;
  bool py2;

  void target(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
        s.locals.insert(e.as<NameExpr>()->id);
        break;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (auto& x : e.as<SeqExpr>()->elts) target(*x);
        break;
      case ExprKind::Starred:
        target(*e.as<StarredExpr>()->value);
        break;
      default:
        expr(e);  // a.b = ..., a[i] = ...: only reads
        break;
    }
  }

  // Expressions bind names only through Python 2 list comprehensions; yield makes a generator.
  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Yield:
        s.is_generator = true;
        if (e.as<YieldExpr>()->value) expr(*e.as<YieldExpr>()->value);
        break;
      case ExprKind::ListComp: {
        auto* c = e.as<CompExpr>();
        for (auto& g : c->generators) {
          if (py2) target(*g.target);
          expr(*g.iter);
          for (auto& i : g.ifs) expr(*i);
        }
        expr(*c->elt);
        break;
      }
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: {
        auto* c = e.as<CompExpr>();
        expr(*c->generators[0].iter);  // the rest runs in the comprehension's own scope
        std::set<std::string> bound;   // but `(x := v)` in it binds here (PEP 572)
        walrus_targets(e, bound);
        s.locals.insert(bound.begin(), bound.end());
        break;
      }
      case ExprKind::NamedExpr:
        s.locals.insert(e.as<NamedExpr>()->target);
        expr(*e.as<NamedExpr>()->value);
        break;
      case ExprKind::Lambda:
        for (auto& a : e.as<LambdaExpr>()->args.args)
          if (a.default_value) expr(*a.default_value);
        break;
      default:  // operators, calls, displays...: their parts, in e's own scope
        for_each_plain_child(e, [&](const Expr& c) { expr(c); });
        break;
    }
  }

  void body(const Body& b) {
    for (auto& st : b) stmt(*st);
  }

  void stmt(const Stmt& st) {
    switch (st.kind) {
      case StmtKind::FunctionDef: {
        auto* d = st.as<FunctionDefStmt>();
        s.locals.insert(d->name);
        for (auto& dec : d->decorators) expr(*dec);
        for (auto& a : d->args.args)
          if (a.default_value) expr(*a.default_value);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = st.as<ClassDefStmt>();
        s.locals.insert(c->name);
        for (auto& b : c->bases) expr(*b);
        for (auto& dec : c->decorators) expr(*dec);
        break;
      }
      case StmtKind::Return:
        if (st.as<ReturnStmt>()->value) expr(*st.as<ReturnStmt>()->value);
        break;
      case StmtKind::Delete:
        for (auto& t : st.as<DeleteStmt>()->targets) target(*t);
        break;
      case StmtKind::Assign:
        for (auto& t : st.as<AssignStmt>()->targets) target(*t);
        expr(*st.as<AssignStmt>()->value);
        break;
      case StmtKind::AugAssign:
        target(*st.as<AugAssignStmt>()->target);
        expr(*st.as<AugAssignStmt>()->value);
        break;
      case StmtKind::Print: {
        auto* p = st.as<PrintStmt>();
        if (p->dest) expr(*p->dest);
        for (auto& v : p->values) expr(*v);
        break;
      }
      case StmtKind::For: {
        auto* f = st.as<ForStmt>();
        target(*f->target);
        expr(*f->iter);
        body(f->body);
        body(f->orelse);
        break;
      }
      case StmtKind::While:
        expr(*st.as<WhileStmt>()->test);
        body(st.as<WhileStmt>()->body);
        body(st.as<WhileStmt>()->orelse);
        break;
      case StmtKind::If:
        expr(*st.as<IfStmt>()->test);
        body(st.as<IfStmt>()->body);
        body(st.as<IfStmt>()->orelse);
        break;
      case StmtKind::With:
        for (auto& it : st.as<WithStmt>()->items) {
          expr(*it.context_expr);
          if (it.optional_vars) target(*it.optional_vars);
        }
        body(st.as<WithStmt>()->body);
        break;
      case StmtKind::Raise: {
        auto* r = st.as<RaiseStmt>();
        for (auto* x : {r->exc.get(), r->value.get(), r->traceback.get(), r->cause.get()})
          if (x) expr(*x);
        break;
      }
      case StmtKind::Try: {
        auto* t = st.as<TryStmt>();
        body(t->body);
        for (auto& h : t->handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) s.locals.insert(h.name);
          body(h.body);
        }
        body(t->orelse);
        body(t->finalbody);
        break;
      }
      case StmtKind::Assert:
        expr(*st.as<AssertStmt>()->test);
        if (st.as<AssertStmt>()->msg) expr(*st.as<AssertStmt>()->msg);
        break;
      case StmtKind::Import:
        for (auto& a : st.as<ImportStmt>()->names) s.locals.insert(!a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.')));
        break;
      case StmtKind::ImportFrom:
        for (auto& a : st.as<ImportFromStmt>()->names)
          if (a.name != "*") s.locals.insert(a.asname.empty() ? a.name : a.asname);
        break;
      case StmtKind::Global:
        for (auto& n : st.as<GlobalStmt>()->names) (st.as<GlobalStmt>()->is_nonlocal ? s.nonlocals : s.globals).insert(n);
        break;
      case StmtKind::ExprStmt:
        expr(*st.as<ExprStmt>()->value);
        break;
      case StmtKind::Exec: {
        auto* x = st.as<ExecStmt>();
        expr(*x->body);
        break;
      }
      default:
        break;
    }
  }
};

}  // namespace

void analyze_function_scope(const Arguments& args, const Body* body, const Expr* lambda_body, bool py2, Scope& out) {
  Scanner sc{out, py2};
  for (auto& a : args.args) out.locals.insert(a.name);
  for (auto& a : args.kwonly) out.locals.insert(a.name);
  if (!args.vararg.empty()) out.locals.insert(args.vararg);
  if (!args.kwarg.empty()) out.locals.insert(args.kwarg);
  if (body) sc.body(*body);
  if (lambda_body) sc.expr(*lambda_body);
  for (auto& a : args.args)
    if (a.unpack) sc.target(*a.unpack);
  for (auto& g : out.globals) out.locals.erase(g);
  for (auto& n : out.nonlocals) out.locals.erase(n);
}

}  // namespace rpy::modules
