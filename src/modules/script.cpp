#include "modules/script.hpp"
#include "syntax/ast_walk.hpp"
#include "syntax/bindings.hpp"

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
      return true;
    case StmtKind::ImportFrom: {  // `from sys import argv` binds the running program's arguments
      auto* imp = s.as<ImportFromStmt>();
      if (imp->level == 0 && (imp->module == "sys" || imp->module == "os"))
        for (auto& a : imp->names)
          if (a.name == "argv" || a.name == "environ") return false;
      return true;
    }
    default:
      return false;
  }
}

size_t first_guard(const Module& m) {
  for (size_t i = 0; i < m.body.size(); ++i)
    if (is_guard_stmt(*m.body[i])) return i;
  return m.body.size();
}

bool runs_code(const Module& m) {
  for (auto& s : m.body) {
    if (is_hoisted(*s) || s->kind == StmtKind::Pass) continue;
    if (s->kind == StmtKind::ExprStmt && s->as<ExprStmt>()->value->kind == ExprKind::StrLit) continue;  // a docstring
    return true;
  }
  return false;
}

namespace {

// The names a block of module code binds (imports only with `imports`: the entry's imports are
// bound at module level too, as constants; but an import that is never hoisted always binds).
static Bindings bound_by(bool imports) {
  Bindings b;
  b.import_binds = [imports](const Stmt& s) { return imports || (s.kind == StmtKind::ImportFrom && !is_hoisted(s)); };
  return b;
}

// Every name a piece of code mentions (read or bound), with the names functions read from their
// module. With enter_defs, the bodies of functions and lambdas are walked too: the names a
// function mentions but does not bind (its free names) count as mentioned where it is defined,
// and, for functions defined at this level, as read from the module (`module_reads`).
struct NameWalk {
  bool enter_defs = false;
  std::set<std::string> names, module_reads;
  std::set<std::string> globals;      // `global` declarations at this level
  std::set<std::string> all_globals;  // and in every function within

  void name(const std::string& n) { names.insert(n); }
  void function(const Arguments& args, const Body* fbody, const Expr* lambda_body) {
    NameWalk inner;
    inner.enter_defs = true;
    Bindings local = bound_by(true);
    local.params(args);
    if (fbody) {
      inner.body(*fbody);
      local.body(*fbody);
    } else {
      inner.expr(*lambda_body);
    }
    for (auto& n : inner.names)
      if (!local.names.count(n) || inner.globals.count(n)) {
        names.insert(n);
        module_reads.insert(n);
      }
    all_globals.insert(inner.globals.begin(), inner.globals.end());
    all_globals.insert(inner.all_globals.begin(), inner.all_globals.end());
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
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
      case ExprKind::DictComp: {
        // The loop variables are the comprehension's own (Python 3).
        auto* c = e.as<CompExpr>();
        NameWalk inner;
        inner.enter_defs = enter_defs;
        Bindings own = bound_by(false);
        for (auto& g : c->generators) {
          own.target(*g.target);
          inner.expr(*g.iter);
          for (auto& i : g.ifs) inner.expr(*i);
        }
        inner.opt(c->elt.get());
        inner.opt(c->value.get());
        for (auto& n : inner.names)
          if (!own.names.count(n)) names.insert(n);
        module_reads.insert(inner.module_reads.begin(), inner.module_reads.end());
        all_globals.insert(inner.all_globals.begin(), inner.all_globals.end());
        break;
      }
      case ExprKind::Lambda: {
        auto* l = e.as<LambdaExpr>();
        arguments(l->args);
        if (enter_defs) function(l->args, nullptr, l->body.get());
        break;
      }
      case ExprKind::Yield:
        opt(e.as<YieldExpr>()->value.get());
        break;
      case ExprKind::NamedExpr:
        name(e.as<NamedExpr>()->target);
        expr(*e.as<NamedExpr>()->value);
        break;
      default:  // operators, calls, displays...: their parts, in e's own scope
        for_each_plain_child(e, [&](const Expr& c) { expr(c); });
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
        if (enter_defs) function(d->args, &d->body, nullptr);
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
        if (!s.as<GlobalStmt>()->is_nonlocal)
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

// The module variables a `del` statement may unbind: `del x` in the entry's own code (outside
// defs and classes), and in a function that declares x global. Each gets a defined flag that the
// `del` clears, so a later read raises NameError as in Python (ir/lower.cpp).
struct DeletedNames {
  std::set<std::string> names;
  void body(const Body& b, const std::set<std::string>* globals) {
    for (auto& s : b) stmt(*s, globals);
  }
  void function(const FunctionDefStmt& d) {
    std::set<std::string> globals;
    collect_globals(d.body, globals);
    body(d.body, &globals);
  }
  static void collect_globals(const Body& b, std::set<std::string>& out) {
    for (auto& s : b) {
      if (s->kind == StmtKind::Global && !s->as<GlobalStmt>()->is_nonlocal)
        for (auto& n : s->as<GlobalStmt>()->names) out.insert(n);
      for (const Body* inner : inner_bodies(*s)) collect_globals(*inner, out);
    }
  }
  // The blocks of a compound statement that run in its own scope.
  static std::vector<const Body*> inner_bodies(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::If:
        return {&s.as<IfStmt>()->body, &s.as<IfStmt>()->orelse};
      case StmtKind::While:
        return {&s.as<WhileStmt>()->body, &s.as<WhileStmt>()->orelse};
      case StmtKind::For:
        return {&s.as<ForStmt>()->body, &s.as<ForStmt>()->orelse};
      case StmtKind::With:
        return {&s.as<WithStmt>()->body};
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        std::vector<const Body*> r = {&t->body, &t->orelse, &t->finalbody};
        for (auto& h : t->handlers) r.push_back(&h.body);
        return r;
      }
      default:
        return {};
    }
  }
  void stmt(const Stmt& s, const std::set<std::string>* globals) {
    if (s.kind == StmtKind::FunctionDef) return function(*s.as<FunctionDefStmt>());
    if (s.kind == StmtKind::ClassDef) {
      for (auto& x : s.as<ClassDefStmt>()->body)
        if (x->kind == StmtKind::FunctionDef) function(*x->as<FunctionDefStmt>());
      return;
    }
    if (s.kind == StmtKind::Delete)
      for (auto& t : s.as<DeleteStmt>()->targets)
        if (t->kind == ExprKind::Name && (!globals || globals->count(t->as<NameExpr>()->id))) names.insert(t->as<NameExpr>()->id);
    for (const Body* inner : inner_bodies(s)) body(*inner, globals);
  }
};

// The names the entry may read before an assignment to them has run (Python raises NameError
// there): a walk in execution order keeping the names surely assigned on every path so far. It is
// conservative (a loop body, a with body or a try body may stop early, a function may be called
// later than it is defined); a name it reports becomes a module variable whose reads test a flag.
struct UnsafeReads {
  std::set<std::string> unsafe;
  using Names = std::set<std::string>;

  void reads(const Expr& e, const Names& d) {
    NameWalk w;
    w.enter_defs = true;
    w.expr(e);
    for (auto& n : w.names)
      if (!d.count(n)) unsafe.insert(n);
  }
  void opt(const Expr* e, const Names& d) {
    if (e) reads(*e, d);
  }
  // An assignment target: the parts of `a.x` and `a[i]` are read, names are bound afterwards.
  void target_reads(const Expr& t, const Names& d) {
    switch (t.kind) {
      case ExprKind::Name:
        return;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (auto& x : t.as<SeqExpr>()->elts) target_reads(*x, d);
        return;
      case ExprKind::Starred:
        target_reads(*t.as<StarredExpr>()->value, d);
        return;
      default:
        reads(t, d);
    }
  }
  static void bind(const Expr& t, Names& d) {
    Bindings b;
    b.target(t);
    d.insert(b.names.begin(), b.names.end());
  }
  void body(const Body& b, Names& d) {
    for (auto& s : b) stmt(*s, d);
  }
  void stmt(const Stmt& s, Names& d) {
    switch (s.kind) {
      case StmtKind::Assign: {
        auto* a = s.as<AssignStmt>();
        reads(*a->value, d);
        for (auto& t : a->targets) target_reads(*t, d);
        for (auto& t : a->targets) bind(*t, d);
        return;
      }
      case StmtKind::AugAssign:
        reads(*s.as<AugAssignStmt>()->target, d);
        reads(*s.as<AugAssignStmt>()->value, d);
        return;
      case StmtKind::If: {
        auto* i = s.as<IfStmt>();
        reads(*i->test, d);
        Names a = d, b = d;
        body(i->body, a);
        body(i->orelse, b);
        for (auto& n : a)
          if (b.count(n)) d.insert(n);
        return;
      }
      case StmtKind::While: {
        auto* w = s.as<WhileStmt>();
        reads(*w->test, d);
        Names a = d, b = d;
        body(w->body, a);
        body(w->orelse, b);
        return;
      }
      case StmtKind::For: {
        auto* f = s.as<ForStmt>();
        reads(*f->iter, d);
        Names a = d, b = d;
        target_reads(*f->target, a);
        bind(*f->target, a);
        body(f->body, a);
        body(f->orelse, b);
        return;
      }
      case StmtKind::With: {
        Names a = d;
        for (auto& it : s.as<WithStmt>()->items) {
          reads(*it.context_expr, a);
          if (it.optional_vars) {
            target_reads(*it.optional_vars, a);
            bind(*it.optional_vars, a);
          }
        }
        body(s.as<WithStmt>()->body, a);
        return;
      }
      case StmtKind::Try: {
        auto* t = s.as<TryStmt>();
        Names a = d;
        body(t->body, a);
        body(t->orelse, a);
        for (auto& h : t->handlers) {
          Names b = d;
          opt(h.type.get(), b);
          if (!h.name.empty()) b.insert(h.name);
          body(h.body, b);
        }
        Names f = d;
        body(t->finalbody, f);
        d = f;
        return;
      }
      case StmtKind::Import:
      case StmtKind::ImportFrom:
      case StmtKind::FunctionDef:
      case StmtKind::ClassDef: {
        NameWalk w;  // decorators, defaults, bases, and the free names of a def's body
        w.enter_defs = true;
        w.stmt(s);
        Bindings b = bound_by(true);
        b.stmt(s);
        for (auto& n : w.names)
          if (!d.count(n) && !b.names.count(n)) unsafe.insert(n);
        d.insert(b.names.begin(), b.names.end());
        return;
      }
      case StmtKind::Global:
        return;
      case StmtKind::Delete: {
        NameWalk w;
        w.stmt(s);
        for (auto& n : w.names)
          if (!d.count(n)) unsafe.insert(n);
        for (auto& t : s.as<DeleteStmt>()->targets)
          if (t->kind == ExprKind::Name) d.erase(t->as<NameExpr>()->id);
        return;
      }
      default: {  // a simple statement: every name it mentions is read
        NameWalk w;
        w.enter_defs = true;
        w.stmt(s);
        for (auto& n : w.names)
          if (!d.count(n)) unsafe.insert(n);
        return;
      }
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

// The refusal of a hoisted statement: "this def statement runs when ... but it <why>".
static EvalError hoisting_error(const Stmt& s, const std::string& cut_line, const std::string& why) {
  return EvalError{s.loc, std::string("this ") + kind_word(s) +
                              " statement runs when the script is translated (definitions after the script's first run-time "
                              "statement, line " +
                              cut_line + ", still do), but it " + why};
}

void run_hoisted(Interp& in, ModuleObj& m, size_t cut) {
  auto& body = m.ast->body;
  Bindings later = bound_by(false);  // what the binary assigns
  for (size_t i = cut; i < body.size(); ++i)
    if (!is_hoisted(*body[i])) later.stmt(*body[i]);
  const std::string cut_line = std::to_string(cut < body.size() ? body[cut]->loc.line : 0);
  for (size_t i = cut; i < body.size(); ++i) {
    const Stmt& s = *body[i];
    if (!is_hoisted(s)) continue;
    NameWalk reads;
    reads.stmt(s);
    for (auto& n : reads.names)
      if (later.names.count(n))
        throw hoisting_error(s, cut_line,
                             "reads '" + n +
                                 "', which the script assigns when it runs: move the statement above that line, or compute the "
                                 "value inside a function");
    in.script_run_time = true;
    in.script_hoisting = true;
    try {
      in.exec_in_module(s, &m);
    } catch (RunTimeOnly& r) {
      in.script_run_time = false;
      in.script_hoisting = false;
      throw hoisting_error(s, cut_line, r.what + ", which only the running program can do");
    }
    in.script_run_time = false;
    in.script_hoisting = false;
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
  Bindings assigned = bound_by(false);
  assigned.body(entry);
  NameWalk walk;
  walk.enter_defs = true;
  walk.body(mbody);
  walk.body(entry);
  std::set<std::string> vars = walk.all_globals, entry_globals;
  UnsafeReads early;  // names the entry may read before assigning them (NameError in Python)
  std::set<std::string> assigned_before;
  early.body(entry, assigned_before);
  DeletedNames deleted;
  deleted.body(entry, nullptr);
  deleted.body(mbody, nullptr);  // the hoisted defs
  for (auto& n : assigned.names)
    if (walk.module_reads.count(n) || m.attrs.count(n) || early.unsafe.count(n) || deleted.names.count(n)) vars.insert(n);
  for (auto& n : deleted.names)  // a value from translation time that the binary deletes
    if (m.attrs.count(n)) vars.insert(n);
  for (auto& n : assigned.names)
    if (vars.count(n)) entry_globals.insert(n);
  for (auto& n : deleted.names)
    if (vars.count(n)) entry_globals.insert(n);
  if (!vars.empty()) {
    auto ns = std::make_shared<DictObj>();
    Ref cls = in.create_class(nullptr, "script_globals", {}, *ns, &m, loc);
    Args args;
    KwArgs kwargs;
    Ref holder = in.instantiate(cls, args, kwargs, loc);
    for (auto& n : vars) {
      auto it = m.attrs.find(n);
      if (it != m.attrs.end()) {
        in.set_attr(holder, n, it->second, loc);
        if (deleted.names.count(n)) {  // defined until a `del` runs
          in.set_attr(holder, script_defined_flag(n), make_bool(true), loc);
          m.script_unset_vars.insert(n);
          m.script_deleted_vars.insert(n);
        }
      } else {  // read before the binary assigns it: NameError, as in Python
        in.set_attr(holder, script_defined_flag(n), make_bool(false), loc);
        m.script_unset_vars.insert(n);
        if (deleted.names.count(n)) m.script_deleted_vars.insert(n);
      }
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
