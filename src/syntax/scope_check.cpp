#include "syntax/scope_check.hpp"

#include <set>
#include <string>

namespace rpy::syntax {

namespace {

struct Context {
  bool in_function = false;
  bool in_loop = false;
  bool module_level = true;
  const std::set<std::string>* params = nullptr;
};

class ScopeChecker {
 public:
  explicit ScopeChecker(Diagnostics& diags) : diags_(diags) {}

  void body(const Body& b, const Context& c) {
    for (const auto& s : b) stmt(*s, c);
  }

 private:
  void stmt(const Stmt& s, const Context& c) {
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        auto* d = s.as<FunctionDefStmt>();
        std::set<std::string> params;
        for (const auto& a : d->args.args) params.insert(a.name);
        for (const auto& a : d->args.kwonly) params.insert(a.name);
        if (!d->args.vararg.empty()) params.insert(d->args.vararg);
        if (!d->args.kwarg.empty()) params.insert(d->args.kwarg);
        Context inner{true, false, false, &params};
        body(d->body, inner);
        return;
      }
      case StmtKind::ClassDef: {
        Context inner{false, false, false, nullptr};
        body(s.as<ClassDefStmt>()->body, inner);
        return;
      }
      case StmtKind::Return:
        if (!c.in_function) diags_.error(s.loc, "'return' outside function");
        return;
      case StmtKind::Break:
        if (!c.in_loop) diags_.error(s.loc, "'break' outside loop");
        return;
      case StmtKind::Continue:
        if (!c.in_loop) diags_.error(s.loc, "'continue' not properly in loop");
        return;
      case StmtKind::Global: {
        auto* g = s.as<GlobalStmt>();
        if (g->is_nonlocal && c.module_level) {
          diags_.error(s.loc, "nonlocal declaration not allowed at module level");
          return;
        }
        if (c.params)
          for (const auto& n : g->names)
            if (c.params->count(n)) diags_.error(s.loc, "name '" + n + "' is parameter and " + (g->is_nonlocal ? "nonlocal" : "global"));
        return;
      }
      case StmtKind::For: {
        auto* f = s.as<ForStmt>();
        Context loop = c;
        loop.in_loop = true;
        body(f->body, loop);
        body(f->orelse, c);
        return;
      }
      case StmtKind::While: {
        auto* w = s.as<WhileStmt>();
        Context loop = c;
        loop.in_loop = true;
        body(w->body, loop);
        body(w->orelse, c);
        return;
      }
      case StmtKind::If: {
        auto* i = s.as<IfStmt>();
        body(i->body, c);
        body(i->orelse, c);
        return;
      }
      case StmtKind::With:
        body(s.as<WithStmt>()->body, c);
        return;
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        body(t->body, c);
        for (const auto& h : t->handlers) body(h.body, c);
        body(t->orelse, c);
        body(t->finalbody, c);
        return;
      }
      default:
        return;
    }
  }

  Diagnostics& diags_;
};

}  // namespace

void check_scopes(const Module& m, Diagnostics& diags) {
  ScopeChecker checker(diags);
  checker.body(m.body, Context{});
}

}  // namespace rpy::syntax
