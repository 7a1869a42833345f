#include "modules/script.hpp"

#include <set>

namespace rpy::modules {

using namespace syntax;

bool is_main_guard(const Expr& e) {
  if (e.kind != ExprKind::Compare) return false;
  auto* c = e.as<CompareExpr>();
  if (c->ops.size() != 1 || c->ops[0] != CmpOp::Eq) return false;
  const Expr* a = c->left.get();
  const Expr* b = c->comparators[0].get();
  if (a->kind == ExprKind::StrLit) std::swap(a, b);
  return a->kind == ExprKind::Name && a->as<NameExpr>()->id == "__name__" && b->kind == ExprKind::StrLit &&
         b->as<StrLit>()->value == "__main__";
}

static bool is_guard_stmt(const Stmt& s) { return s.kind == StmtKind::If && is_main_guard(*s.as<IfStmt>()->test); }

bool is_hoisted(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::ClassDef:
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      return true;
    default:
      return false;
  }
}

size_t first_guard(const Module& m) {
  for (size_t i = 0; i < m.body.size(); ++i)
    if (is_guard_stmt(*m.body[i])) return i;
  return m.body.size();
}

namespace {

// Every name a piece of code mentions (read or bound). With enter_defs, the bodies of functions
// and lambdas too, counted from depth 1 (names at depth < min_depth are not recorded); `global`
// declarations are collected apart.
struct NameWalk {
  bool enter_defs = false;
  int min_depth = 0;
  int depth = 0;
  std::set<std::string> names, globals;

  void name(const std::string& n) {
    if (depth >= min_depth) names.insert(n);
  }
  void opt(const Expr* e) {
    if (e) expr(*e);
  }
  void arguments(const Arguments& a) {
    for (auto& x : a.args) opt(x.default_value.get());
    for (auto& x : a.kwonly) opt(x.default_value.get());
  }
  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
        name(e.as<NameExpr>()->id);
        break;
      case ExprKind::FString:
        for (auto& p : e.as<FStringExpr>()->parts) {
          opt(p.expr.get());
          opt(p.format_spec.get());
        }
        break;
      case ExprKind::BinOp:
        expr(*e.as<BinOpExpr>()->left);
        expr(*e.as<BinOpExpr>()->right);
        break;
      case ExprKind::UnaryOp:
        expr(*e.as<UnaryOpExpr>()->operand);
        break;
      case ExprKind::BoolOp:
        for (auto& v : e.as<BoolOpExpr>()->values) expr(*v);
        break;
      case ExprKind::Compare:
        expr(*e.as<CompareExpr>()->left);
        for (auto& v : e.as<CompareExpr>()->comparators) expr(*v);
        break;
      case ExprKind::IfExp:
        expr(*e.as<IfExpExpr>()->test);
        expr(*e.as<IfExpExpr>()->body);
        expr(*e.as<IfExpExpr>()->orelse);
        break;
      case ExprKind::Call: {
        auto* c = e.as<CallExpr>();
        expr(*c->func);
        for (auto& a : c->args) expr(*a);
        for (auto& k : c->keywords) expr(*k.value);
        break;
      }
      case ExprKind::Attribute:
        expr(*e.as<AttributeExpr>()->value);
        break;
      case ExprKind::Subscript:
        expr(*e.as<SubscriptExpr>()->value);
        expr(*e.as<SubscriptExpr>()->index);
        break;
      case ExprKind::Slice:
        opt(e.as<SliceExpr>()->lower.get());
        opt(e.as<SliceExpr>()->upper.get());
        opt(e.as<SliceExpr>()->step.get());
        break;
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::Set:
        for (auto& x : e.as<SeqExpr>()->elts) expr(*x);
        break;
      case ExprKind::Dict:
        for (auto& x : e.as<DictExpr>()->keys) opt(x.get());
        for (auto& x : e.as<DictExpr>()->values) expr(*x);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
      case ExprKind::DictComp: {
        auto* c = e.as<CompExpr>();
        for (auto& g : c->generators) {
          expr(*g.target);
          expr(*g.iter);
          for (auto& i : g.ifs) expr(*i);
        }
        opt(c->elt.get());
        opt(c->value.get());
        break;
      }
      case ExprKind::Lambda: {
        auto* l = e.as<LambdaExpr>();
        arguments(l->args);
        if (!enter_defs) break;
        ++depth;
        expr(*l->body);
        --depth;
        break;
      }
      case ExprKind::Yield:
        opt(e.as<YieldExpr>()->value.get());
        break;
      case ExprKind::Starred:
        expr(*e.as<StarredExpr>()->value);
        break;
      default:
        break;
    }
  }
  void body(const Body& b) {
    for (auto& s : b) stmt(*s);
  }
  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        auto* d = s.as<FunctionDefStmt>();
        for (auto& x : d->decorators) expr(*x);
        arguments(d->args);
        if (!enter_defs) break;
        ++depth;
        body(d->body);
        --depth;
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s.as<ClassDefStmt>();
        for (auto& x : c->decorators) expr(*x);
        for (auto& x : c->bases) expr(*x);
        for (auto& k : c->keywords) expr(*k.value);
        body(c->body);  // runs when the class statement does
        break;
      }
      case StmtKind::Return:
        opt(s.as<ReturnStmt>()->value.get());
        break;
      case StmtKind::Delete:
        for (auto& t : s.as<DeleteStmt>()->targets) expr(*t);
        break;
      case StmtKind::Assign:
        for (auto& t : s.as<AssignStmt>()->targets) expr(*t);
        expr(*s.as<AssignStmt>()->value);
        break;
      case StmtKind::AugAssign:
        expr(*s.as<AugAssignStmt>()->target);
        expr(*s.as<AugAssignStmt>()->value);
        break;
      case StmtKind::Print:
        opt(s.as<PrintStmt>()->dest.get());
        for (auto& v : s.as<PrintStmt>()->values) expr(*v);
        break;
      case StmtKind::For:
        expr(*s.as<ForStmt>()->target);
        expr(*s.as<ForStmt>()->iter);
        body(s.as<ForStmt>()->body);
        body(s.as<ForStmt>()->orelse);
        break;
      case StmtKind::While:
        expr(*s.as<WhileStmt>()->test);
        body(s.as<WhileStmt>()->body);
        body(s.as<WhileStmt>()->orelse);
        break;
      case StmtKind::If:
        expr(*s.as<IfStmt>()->test);
        body(s.as<IfStmt>()->body);
        body(s.as<IfStmt>()->orelse);
        break;
      case StmtKind::With:
        for (auto& it : s.as<WithStmt>()->items) {
          expr(*it.context_expr);
          opt(it.optional_vars.get());
        }
        body(s.as<WithStmt>()->body);
        break;
      case StmtKind::Raise: {
        auto* r = s.as<RaiseStmt>();
        for (auto* x : {r->exc.get(), r->value.get(), r->traceback.get(), r->cause.get()}) opt(x);
        break;
      }
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        body(t->body);
        for (auto& h : t->handlers) {
          opt(h.type.get());
          if (!h.name.empty()) name(h.name);
          body(h.body);
        }
        body(t->orelse);
        body(t->finalbody);
        break;
      }
      case StmtKind::Assert:
        expr(*s.as<AssertStmt>()->test);
        opt(s.as<AssertStmt>()->msg.get());
        break;
      case StmtKind::Global:
        if (depth > 0 && !s.as<GlobalStmt>()->is_nonlocal)
          for (auto& n : s.as<GlobalStmt>()->names) globals.insert(n);
        break;
      case StmtKind::ExprStmt:
        expr(*s.as<ExprStmt>()->value);
        break;
      case StmtKind::Exec:
        expr(*s.as<ExecStmt>()->body);
        break;
      default:
        break;
    }
  }
};

// The names a block of module-level code binds (imports left out: the entry's imports are bound
// at module level too, as constants).
struct Bound {
  std::set<std::string> names;
  void target(const Expr& e) {
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
      default:
        break;
    }
  }
  void body(const Body& b) {
    for (auto& s : b) stmt(*s);
  }
  void stmt(const Stmt& s) {
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
      default:
        break;
    }
  }
};

const char* kind_word(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef:
      return "def";
    case StmtKind::ClassDef:
      return "class";
    default:
      return "import";
  }
}

}  // namespace

void run_hoisted(Interp& in, ModuleObj& m, size_t cut) {
  auto& body = m.ast->body;
  Bound later;  // what the binary assigns
  for (size_t i = cut; i < body.size(); ++i)
    if (!is_hoisted(*body[i])) later.stmt(*body[i]);
  const std::string where = "line " + std::to_string(cut < body.size() ? body[cut]->loc.line : 0);
  for (size_t i = cut; i < body.size(); ++i) {
    const Stmt& s = *body[i];
    if (!is_hoisted(s)) continue;
    NameWalk reads;
    reads.stmt(s);
    for (auto& n : reads.names)
      if (later.names.count(n))
        throw EvalError{s.loc, std::string("this ") + kind_word(s) +
                                   " statement runs when the script is translated (definitions after the script's first "
                                   "run-time statement, " +
                                   where + ", still do), but it reads '" + n +
                                   "', which the script assigns when it runs: move the statement above that line, or compute the "
                                   "value inside a function"};
    in.script_run_time = true;
    try {
      in.exec_in_module(s, &m);
    } catch (RunTimeOnly& r) {
      in.script_run_time = false;
      throw EvalError{s.loc, std::string("this ") + kind_word(s) +
                                 " statement runs when the script is translated (definitions after the script's first run-time "
                                 "statement, " +
                                 where + ", still do), but it " + r.what + ", which only the running program can do"};
    }
    in.script_run_time = false;
  }
}

Ref build_script_entry(Interp& in, ModuleObj& m, size_t cut) {
  auto& mbody = m.ast->body;
  Loc loc = cut < mbody.size() ? mbody[cut]->loc : Loc{m.file, 1, 1, 1, 1};
  auto* def = new FunctionDefStmt(loc);
  Body& entry = def->body;
  for (size_t i = cut; i < mbody.size(); ++i) {
    Stmt& s = *mbody[i];
    if (is_hoisted(s)) continue;
    if (is_guard_stmt(s)) {  // true when the program runs
      for (auto& x : s.as<IfStmt>()->body) entry.push_back(std::move(x));
      s.as<IfStmt>()->body.clear();
      continue;
    }
    auto pass = std::make_unique<Stmt>(StmtKind::Pass, s.loc);
    entry.push_back(std::move(mbody[i]));
    mbody[i] = std::move(pass);
  }
  // Module variables: what the binary assigns and a function reads, or what already had a value
  // at translation time, or what a function declares global.
  Bound assigned;
  assigned.body(entry);
  NameWalk in_functions;
  in_functions.enter_defs = true;
  in_functions.min_depth = 1;
  in_functions.body(mbody);
  in_functions.body(entry);
  std::set<std::string> vars = in_functions.globals, entry_globals;
  for (auto& n : assigned.names)
    if (in_functions.names.count(n) || m.attrs.count(n)) vars.insert(n);
  for (auto& n : assigned.names)
    if (vars.count(n)) entry_globals.insert(n);
  if (!vars.empty()) {
    auto ns = std::make_shared<DictObj>();
    Ref cls = in.create_class(nullptr, "script_globals", {}, *ns, &m, loc);
    Args args;
    KwArgs kwargs;
    Ref holder = in.instantiate(cls, args, kwargs, loc);
    for (auto& n : vars) {
      auto it = m.attrs.find(n);
      if (it != m.attrs.end()) in.set_attr(holder, n, it->second, loc);
    }
    m.script_vars = holder;
    m.script_var_names = vars;
  }
  if (!entry_globals.empty()) {
    auto g = std::make_unique<GlobalStmt>(loc);
    g->names.assign(entry_globals.begin(), entry_globals.end());
    entry.insert(entry.begin(), std::move(g));
  }
  if (entry.empty()) entry.push_back(std::make_unique<Stmt>(StmtKind::Pass, loc));
  mbody.push_back(std::unique_ptr<Stmt>(def));  // the module's AST owns it (never executed)
  def->name = "<module>";
  Arg argv;
  argv.name = "__rpy_argv";
  argv.loc = loc;
  def->args.args.push_back(std::move(argv));
  auto fn = std::make_shared<FunctionObj>();
  fn->def = def;
  fn->args = &def->args;
  fn->name = fn->qualname = "<module>";
  fn->module = &m;
  fn->loc = loc;
  return fn;
}

}  // namespace rpy::modules
