// Splits each local variable into webs: the definitions that reach a common use are one web, and
// each web becomes its own Var. This gives RPython's rule "one type per variable where control
// flow merges" instead of one type per name: `a, b = b, a` with an int and a str, or a name reused
// for unrelated values in straight-line code, type-check as under RPython's SSA flow graphs.
//
// Reaching definitions are computed over the structured IR. Every approximation merges more (a
// bigger web, as without this pass), never less: loops iterate to a fixpoint, a handler may start
// from any state of its try body, break/continue states flow to the loop's exit and head.
//
// The same pass finds the reads that a path reaches with the variable unbound (Python's
// UnboundLocalError): each named local starts with an "undefined" definition, and `del` (and a
// Python 3 handler's `as e`) makes another. Such a read is Expr::maybe_unbound: RPython programs
// are refused there (annotate), scripts test a bool flag local (add_defined_flags).
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "ir/webs.hpp"

namespace rpy::ir {

namespace {

// A MakeClosure's argument i that is a default the def computes (`lambda x, d=v:`, captured as
// $default.N, ir/lower.cpp): a read of v where the def runs, not a capture of its cell.
bool default_slot(const Expr& e, size_t i) {
  if (!e.value || e.value->kind != modules::ObjKind::Function) return false;
  const auto& captured = e.value->as<modules::FunctionObj>()->captured;
  return i < captured.size() && captured[i].rfind("$default.", 0) == 0;
}

using DefSet = std::set<int>;
using State = std::map<Var*, DefSet>;

struct Def {
  Var* var;
  Stmt* stmt = nullptr;  // Assign or For
  Expr* expr = nullptr;  // SetLocal
  Handler* handler = nullptr;
  bool param = false;
  // No value: the variable is unbound from here (the function's entry, or `del`: stmt).
  bool undef = false;
  // An unbound state that goes on after a with statement only if its __exit__ suppressed the
  // exception (`not __exit__(...)` false): the unbound states it carries (ids).
  const Expr* suppress_test = nullptr;
  std::vector<int> carried = {};
};

struct Use {
  Expr* expr;
  DefSet defs;
  std::vector<Stmt*> dels;  // the `del` statements whose unbinding may reach this read
  // Unbound only after a with statement that suppressed an exception: those statements' tests.
  std::vector<const Expr*> suppress_tests;
  bool other_undef = false;  // unbound on a path that suppresses no exception
  bool dead = false;         // in code no path reaches: Python never runs it
};

// A test whose value is known before annotation, folded as RPython's flow space folds it: only
// the branch it selects exists. Its operands are constants (literals, module globals, class
// attributes), `not`, comparisons of two numbers or two strings (the annotator folds the same:
// annotate_expr.cpp, fold_compare), and `and`/`or` whose operands decide the truth value.
bool const_truth(const Expr& e, bool& v);

bool simple_const(const Expr& e, modules::Ref& out) {
  if ((e.op != ExprOp::Const && e.op != ExprOp::GetAttr) || !e.value) return false;
  switch (e.value->kind) {
    case modules::ObjKind::None:
    case modules::ObjKind::Bool:
    case modules::ObjKind::Int:
    case modules::ObjKind::Float:
    case modules::ObjKind::Str:
    case modules::ObjKind::Unicode:
      out = e.value;
      return true;
    default:
      return false;
  }
}

// A bool, int or float constant as a double (exact for the ints compared: both sides are
// compared as int64 when both are ints).
bool number_of(const modules::Ref& v, bool& is_int, int64_t& i, double& d) {
  switch (v->kind) {
    case modules::ObjKind::Bool:
      is_int = true, i = v->as<modules::BoolObj>()->value;
      return true;
    case modules::ObjKind::Int:
      is_int = true, i = v->as<modules::IntObj>()->value;
      return true;
    case modules::ObjKind::Float:
      is_int = false, d = v->as<modules::FloatObj>()->value;
      return true;
    default:
      return false;
  }
}

template <class T>
bool compare_as(syntax::CmpOp op, const T& a, const T& b, bool& v) {
  switch (op) {
    case syntax::CmpOp::Eq:
      v = a == b;
      return true;
    case syntax::CmpOp::NotEq:
      v = a != b;
      return true;
    case syntax::CmpOp::Lt:
      v = a < b;
      return true;
    case syntax::CmpOp::LtE:
      v = a <= b;
      return true;
    case syntax::CmpOp::Gt:
      v = a > b;
      return true;
    case syntax::CmpOp::GtE:
      v = a >= b;
      return true;
    default:
      return false;
  }
}

bool const_compare(const Expr& e, bool& v) {
  modules::Ref a, b;
  if (e.args.size() != 2 || !simple_const(*e.args[0], a) || !simple_const(*e.args[1], b)) return false;
  using modules::ObjKind;
  if (e.cmp == syntax::CmpOp::Is || e.cmp == syntax::CmpOp::IsNot) {
    // identity is known for None and bools only (as the annotator's fold)
    if (a->kind != ObjKind::None && b->kind != ObjKind::None && a->kind != ObjKind::Bool) return false;
    bool same = a->kind == b->kind && modules::values_equal(a, b);
    v = e.cmp == syntax::CmpOp::Is ? same : !same;
    return true;
  }
  bool ai = false, bi = false;
  int64_t ia = 0, ib = 0;
  double da = 0, db = 0;
  if (number_of(a, ai, ia, da) && number_of(b, bi, ib, db)) {
    if (ai && bi) return compare_as(e.cmp, ia, ib, v);
    // an int beside a float: folded when the int converts exactly (|i| <= 2**53)
    constexpr int64_t exact = int64_t{1} << 53;
    if ((ai && (ia > exact || ia < -exact)) || (bi && (ib > exact || ib < -exact))) return false;
    if (ai) da = static_cast<double>(ia);
    if (bi) db = static_cast<double>(ib);
    return compare_as(e.cmp, da, db, v);
  }
  bool sa = a->kind == ObjKind::Str || a->kind == ObjKind::Unicode, sb = b->kind == ObjKind::Str || b->kind == ObjKind::Unicode;
  if (sa && sb && a->kind == b->kind) return compare_as(e.cmp, a->as<modules::StrObj>()->value, b->as<modules::StrObj>()->value, v);
  return false;
}

bool const_truth(const Expr& e, bool& v) {
  switch (e.op) {
    case ExprOp::Not:
      if (!const_truth(*e.args[0], v)) return false;
      v = !v;
      return true;
    case ExprOp::Compare:
      return const_compare(e, v);
    case ExprOp::And:
    case ExprOp::Or: {
      // an operand that decides (false for and, true for or) decides all; else all must be known
      bool is_and = e.op == ExprOp::And, all_known = true;
      for (auto& a : e.args) {
        bool x;
        if (!const_truth(*a, x)) {
          all_known = false;
        } else if (x != is_and) {
          v = x;
          return true;
        }
      }
      v = is_and;
      return all_known;
    }
    case ExprOp::Const:
      break;
    default:
      return false;
  }
  switch (e.value->kind) {
    case modules::ObjKind::Bool:
      v = e.value->as<modules::BoolObj>()->value;
      return true;
    case modules::ObjKind::Int:
      v = e.value->as<modules::IntObj>()->value != 0;
      return true;
    case modules::ObjKind::None:
      v = false;
      return true;
    default:
      return false;
  }
}

void merge_into(State& a, const State& b) {
  for (auto& [v, ds] : b) a[v].insert(ds.begin(), ds.end());
}

struct Flow {
  State state;
  bool live = true;   // false after return/raise/break/continue
  bool dead = false;  // code no path reaches (after a return, a branch a constant test rules out)
};

class Webs {
 public:
  explicit Webs(Graph& g) : g_(g) {}

  void run() {
    Flow f;
    for (Var* p : g_.params) define(f, Def{p, nullptr, nullptr, nullptr, true});
    if (g_.vararg) define(f, Def{g_.vararg, nullptr, nullptr, nullptr, true});
    // Every other named local starts unbound (captured variables and the closure itself are set
    // on entry): a read that this state may reach may find no value, as RPython's framestate
    // merge of a defined and an undefined local gives an undefined one.
    std::vector<Var*> named;
    for (auto& v : g_.vars) named.push_back(v.get());
    // A captured cell that may be unbound (Var::flagged) starts unbound too: its reads test the
    // cell's flag, except after this function assigns it (`nonlocal`).
    for (Var* v : named)
      if (v->name[0] != '$' && !v->is_param && v != g_.vararg && v != g_.self_var &&
          (v->flagged || std::find(g_.captured.begin(), g_.captured.end(), v) == g_.captured.end()))
        define(f, Def{v, nullptr, nullptr, nullptr, false, true});
    block(g_.body, f);
    // What reaches each read: its assignments (defs) and whether an unbound state may (undef).
    std::vector<bool> undef(uses_.size());
    for (size_t i = 0; i < uses_.size(); ++i) {
      DefSet real;
      for (int d : uses_[i].defs) {
        const Def& df = defs_[static_cast<size_t>(d)];
        if (!df.undef) {
          real.insert(d);
          continue;
        }
        undef[i] = true;
        undef_sources(uses_[i], d, false);
      }
      uses_[i].defs = real;
    }
    for (auto [u, d] : self_reads_)
      if (uses_[u].defs == DefSet{d}) uses_[u].defs.clear();
    // A read no assignment reaches, on any path: Python raises UnboundLocalError there (the
    // annotator reports it). One that some path reaches unbound: maybe_unbound.
    // A closure made where its cell may be unbound may find it so (Var::flagged), as may one
    // made before a `del`.
    for (size_t i = 0; i < uses_.size(); ++i) {
      Var* v = uses_[i].expr->var;
      bool on_entry = v->is_param || (!v->flagged && std::find(g_.captured.begin(), g_.captured.end(), v) != g_.captured.end());
      if (cell_captures_.count(uses_[i].expr) && !on_entry && (undef[i] || uses_[i].defs.empty())) v->flagged = true;
    }
    for (auto& d : defs_)
      if (d.undef && d.stmt && d.var->boxed) d.var->flagged = true;
    for (size_t i = 0; i < uses_.size(); ++i) {
      Expr* e = uses_[i].expr;
      if (e->op != ExprOp::Local || e->var->name[0] == '$' || e->var->is_param || e->var == g_.self_var || cell_captures_.count(e))
        continue;
      bool captured = std::find(g_.captured.begin(), g_.captured.end(), e->var) != g_.captured.end();
      if (captured && !e->var->flagged) continue;
      if (uses_[i].dead) continue;  // never runs: neither unbound nor maybe so
      // Both: a script raises UnboundLocalError there (annotate), when its variable has a type.
      // A cell that other functions may assign (`nonlocal`) is never known unbound, only maybe.
      if (uses_[i].defs.empty() && !e->var->flagged) e->unbound = true;
      if (uses_[i].defs.empty() || undef[i]) e->maybe_unbound = true;
      if (undef[i] && !uses_[i].other_undef) e->unbound_unless = uses_[i].suppress_tests;
    }
    for (auto& [c, i] : closure_cells_) {
      auto* fo = static_cast<modules::FunctionObj*>(c->value.get());
      fo->captured_flagged.resize(c->args.size(), false);
      fo->captured_flagged[i] = c->args[i]->var->flagged;
    }
    rewrite();
    add_defined_flags();
  }

 private:
  int define(Flow& f, Def d) {
    int id = static_cast<int>(defs_.size());
    defs_.push_back(d);
    f.state[d.var] = {id};
    return id;
  }

  void expr(Expr* e, Flow& f) {
    if (!e) return;
    if (e->op == ExprOp::Local) {
      auto it = f.state.find(e->var);
      uses_.push_back({e, it == f.state.end() ? DefSet{} : it->second, {}, {}, false, f.dead});
      return;
    }
    if (e->op == ExprOp::And || e->op == ExprOp::Or) {
      // Each operand runs after the ones before it, and the evaluation may stop after any.
      expr(e->args[0].get(), f);
      State out = f.state;
      for (size_t i = 1; i < e->args.size(); ++i) {
        expr(e->args[i].get(), f);
        merge_into(out, f.state);
      }
      f.state = out;
      return;
    }
    if (e->op == ExprOp::IfExp) {  // the test, then one of the two branches
      expr(e->args[0].get(), f);
      Flow other = f;
      expr(e->args[1].get(), f);
      expr(e->args[2].get(), other);
      merge_into(f.state, other.state);
      return;
    }
    for (auto& a : e->args) expr(a.get(), f);
    for (auto* x : e->extra) expr(x, f);
    if (e->op == ExprOp::MakeClosure)
      for (size_t i = 0; i < e->args.size(); ++i)
        if (e->args[i]->op == ExprOp::Local && e->args[i]->var->boxed && !default_slot(*e, i)) {
          cell_captures_.insert(e->args[i].get());
          closure_cells_.insert({e, i});
        }
    if (e->op == ExprOp::SetLocal) define(f, Def{e->var, nullptr, e, nullptr, false});
    if (e->op == ExprOp::Comp) {
      Flow inner = f;
      block(e->body, inner);
      merge_into(f.state, inner.state);    // the comprehension's loop may run zero times
      auto it = inner.state.find(e->var);  // the comprehension's value is its result variable
      uses_.push_back({e, it == inner.state.end() ? DefSet{} : it->second, {}, {}, false, f.dead});
    }
  }

  struct Loop {
    State breaks, continues;
    int nbreaks = 0, ncontinues = 0;  // how many break/continue statements were seen
  };

  // `test`: a while loop's test, evaluated at the head of every iteration (its assignment
  // expressions, `while (k := k + 3) < n`, reach the body and the exit).
  void loop_body(Stmt& s, Flow& f, bool is_for, bool forever = false, Expr* test = nullptr) {
    State pre = f.state;
    State head = pre;
    State tested = pre;  // after the test: where the loop exits when the test is false
    State exit_extra;
    int nbreaks = 0;
    for (int iter = 0; iter < 50; ++iter) {
      size_t nuses = uses_.size(), ndefs = defs_.size();
      Flow body;
      body.dead = f.dead;
      body.state = head;
      if (test) {
        expr(test, body);
        tested = body.state;
      }
      if (is_for) define(body, Def{s.var, &s, nullptr, nullptr, false});
      loops_.push_back({});
      block(s.body, body);
      Loop l = loops_.back();
      loops_.pop_back();
      nbreaks = l.nbreaks;
      State next = pre;
      if (body.live) merge_into(next, body.state);
      merge_into(next, l.continues);
      exit_extra = l.breaks;
      // Also the state after a completed iteration reaches the exit (and the else clause).
      if (next == head) {
        head = next;
        break;
      }
      head = next;
      if (iter < 49) {
        // Re-run with the larger head state: drop what this iteration recorded.
        uses_.resize(nuses);
        defs_.resize(ndefs);
      }
    }
    // Exit: from the head (test false / iterator done) and from breaks; only from breaks when
    // the test is constantly true (`while True:`), and then the else clause never runs.
    if (test) head = tested;
    f.state = head;
    f.live = true;
    Flow orelse;
    orelse.dead = f.dead || forever;  // a `while True:` loop's else clause never runs
    orelse.state = forever ? State{} : head;
    block(s.orelse, orelse);
    State out = orelse.live && !forever ? orelse.state : State{};
    merge_into(out, exit_extra);
    f.state = out;
    // Code after the loop runs when its else clause (or the exhausted loop) goes on, or after a
    // break: neither (`while True:` without a break, an else clause that always raises) leaves it
    // unreachable.
    if (!(orelse.live && !forever) && nbreaks == 0) f.live = false;
  }

  // A with statement's handler goes on only when __exit__ suppresses the exception, which
  // RPython's context managers never do: tag the unbound states that leave it that way, so that
  // the annotator can tell them (ir::Expr::unbound_unless).
  void suppressed(Flow& hf, const Stmt& reraise) {
    for (auto& [v, ds] : hf.state) {
      std::vector<int> undefs;
      for (int d : ds)
        if (static_cast<size_t>(d) < defs_.size() && defs_[static_cast<size_t>(d)].undef) undefs.push_back(d);
      if (undefs.empty()) continue;
      for (int d : undefs) ds.erase(d);
      Def t{v, nullptr, nullptr, nullptr, false, true};
      t.suppress_test = reraise.exprs[0].get();
      t.carried = undefs;
      ds.insert(static_cast<int>(defs_.size()));
      defs_.push_back(t);
    }
  }
  // The unbound states a read may see, through the with statements that carried them.
  void undef_sources(Use& u, int d, bool carried) {
    const Def& df = defs_[static_cast<size_t>(d)];
    if (df.suppress_test) {
      if (std::find(u.suppress_tests.begin(), u.suppress_tests.end(), df.suppress_test) == u.suppress_tests.end())
        u.suppress_tests.push_back(df.suppress_test);
      // A with statement's unbound state carries those before it (smaller ids); a larger id is a
      // state of this statement in an earlier iteration of a loop around it, whose ids the
      // fixpoint reuses: not followed (it carries nothing new, and could lead back here).
      for (int c : df.carried)
        if (c < d) undef_sources(u, c, true);
      return;
    }
    if (!carried) u.other_undef = true;
    if (df.stmt && std::find(u.dels.begin(), u.dels.end(), df.stmt) == u.dels.end()) u.dels.push_back(df.stmt);
  }

  void block(Block& b, Flow& f) {
    for (auto& s : b) {
      if (!f.live) {
        // Unreachable code still gets its uses recorded (against an empty state).
        Flow dead;
        dead.dead = true;
        stmt(*s, dead);
        continue;
      }
      stmt(*s, f);
    }
  }

  void stmt(Stmt& s, Flow& f) {
    switch (s.op) {
      case StmtOp::Assign: {
        size_t first_use = uses_.size();
        expr(s.exprs[0].get(), f);
        int d = define(f, Def{s.var, &s, nullptr, nullptr, false});
        // `x = x + 1` / `x += 1` where only this assignment (from an earlier loop iteration)
        // reaches the read: the first time it runs, x has no value.
        for (size_t i = first_use; i < uses_.size(); ++i)
          if (uses_[i].expr->op == ExprOp::Local && uses_[i].expr->var == s.var) self_reads_.push_back({i, d});
        return;
      }
      case StmtOp::If: {
        expr(s.exprs[0].get(), f);
        if (bool v; const_truth(*s.exprs[0], v)) {  // the other branch does not exist
          Flow dead;
          dead.dead = true;
          block(v ? s.orelse : s.body, dead);
          block(v ? s.body : s.orelse, f);
          return;
        }
        Flow a = f, b = f;
        block(s.body, a);
        block(s.orelse, b);
        f.state.clear();
        f.live = a.live || b.live;
        if (a.live) merge_into(f.state, a.state);
        if (b.live) merge_into(f.state, b.state);
        return;
      }
      case StmtOp::While: {
        // The test is evaluated at the head of every iteration, inside the loop's fixpoint.
        bool v = false;
        loop_body(s, f, false, const_truth(*s.exprs[0], v) && v, s.exprs[0].get());
        return;
      }
      case StmtOp::For:
        expr(s.exprs[0].get(), f);
        loop_body(s, f, true);
        return;
      case StmtOp::Break:
        if (!loops_.empty()) merge_into(loops_.back().breaks, f.state), ++loops_.back().nbreaks;
        f.live = false;
        return;
      case StmtOp::Continue:
        if (!loops_.empty()) merge_into(loops_.back().continues, f.state), ++loops_.back().ncontinues;
        f.live = false;
        return;
      case StmtOp::DelLocal:
        if (!s.exprs.empty()) expr(s.exprs[0].get(), f);
        define(f, Def{s.var, &s, nullptr, nullptr, false, true});
        return;
      case StmtOp::Return:
      case StmtOp::Raise:
        for (auto& e : s.exprs) expr(e.get(), f);
        f.live = false;
        return;
      case StmtOp::Try: {
        // A handler may start from any state the body passed through: collect every definition
        // made in the body on top of the state before it.
        State pre = f.state;
        Flow body = f;
        size_t first_def = defs_.size();
        // A break or continue of the enclosing loop in the body, a handler or the else clause
        // leaves through finally, which starts from the state of that break (as RPython's flow
        // space enters the finally block with the state of the jump): collect those states
        // apart, and pass them through the finally body below.
        bool through_finally = !s.finalbody.empty() && !loops_.empty();
        Loop outer;
        if (through_finally) std::swap(outer, loops_.back());
        block(s.body, body);
        State any = pre;
        for (size_t i = first_def; i < defs_.size(); ++i) any[defs_[i].var].insert(static_cast<int>(i));
        merge_into(any, body.state);
        State out;
        bool live = false;
        Flow orelse = body;
        if (body.live) {
          block(s.orelse, orelse);
          if (orelse.live) {
            merge_into(out, orelse.state);
            live = true;
          }
        }
        for (auto& h : s.handlers) {
          Flow hf;
          hf.dead = f.dead;
          hf.state = any;
          for (auto& c : h.classes) expr(c.get(), hf);
          if (h.var) define(hf, Def{h.var, nullptr, nullptr, &h, false});
          block(h.body, hf);
          if (hf.live && s.transparent && !h.body.empty() && h.body.back()->op == StmtOp::If) suppressed(hf, *h.body.back());
          if (hf.live) {
            merge_into(out, hf.state);
            live = true;
          }
        }
        if (!s.finalbody.empty()) {
          // finally runs on every exit: from any state the body, the else clause or a handler
          // passed through (a handler or the else clause may raise or leave by break, continue
          // or return after a definition of its own).
          Flow fin;
          fin.dead = f.dead;
          fin.state = pre;
          for (size_t i = first_def; i < defs_.size(); ++i) fin.state[defs_[i].var].insert(static_cast<int>(i));
          merge_into(fin.state, any);
          merge_into(fin.state, out);
          merge_into(fin.state, orelse.state);
          Loop jumps;
          if (through_finally) {
            jumps = std::move(loops_.back());
            loops_.back() = std::move(outer);
          }
          size_t fin_first_def = defs_.size();
          block(s.finalbody, fin);
          if (live) {
            // Control goes on after the statement from the body, the else clause or a handler
            // that fell through: a variable bound there is unbound after finally only if the
            // finally body unbinds it (fin also holds the unbound states of the raising paths).
            State next = fin.state;
            for (auto& [v, ds] : next) {
              bool killed = std::all_of(ds.begin(), ds.end(), [&](int d) { return static_cast<size_t>(d) >= fin_first_def; });
              for (auto it = ds.begin(); it != ds.end();)
                it = defs_[*it].undef && static_cast<size_t>(*it) < fin_first_def ? ds.erase(it) : std::next(it);
              auto o = out.find(v);
              if (killed || o == out.end()) continue;
              for (int d : o->second)  // the unbound states of the path that goes on
                if (defs_[d].undef) ds.insert(d);
            }
            out = std::move(next);
          }
          live = live && fin.live;
          // The loop's exit or head sees each jump's own state, updated by the finally body.
          if (fin.live && jumps.nbreaks > 0) {
            merge_into(loops_.back().breaks, after_finally(jumps.breaks, fin.state, fin_first_def));
            loops_.back().nbreaks += jumps.nbreaks;
          }
          if (fin.live && jumps.ncontinues > 0) {
            merge_into(loops_.back().continues, after_finally(jumps.continues, fin.state, fin_first_def));
            loops_.back().ncontinues += jumps.ncontinues;
          }
        }
        f.state = out;
        f.live = live;
        return;
      }
      default:
        for (auto& e : s.exprs) expr(e.get(), f);
        return;
    }
  }

  // The state after a finally body entered from `entry` (a break's or continue's state), given
  // the state the finally body ended with from all its entries (`fin`, whose definitions from
  // fin_first_def on are the finally body's own): a variable every path of the finally body
  // (re)defines or deletes has those definitions; any other keeps its entry definitions too.
  State after_finally(const State& entry, const State& fin, size_t fin_first_def) const {
    State out = entry;
    for (auto& [v, ds] : fin) {
      bool killed = std::all_of(ds.begin(), ds.end(), [&](int d) { return static_cast<size_t>(d) >= fin_first_def; });
      DefSet& o = out[v];
      if (killed) o.clear();
      for (int d : ds)
        if (static_cast<size_t>(d) >= fin_first_def) o.insert(d);
      if (o.empty()) out.erase(v);
    }
    return out;
  }

  // Scripts raise UnboundLocalError at a read that may find its variable unbound: such a
  // variable gets a bool local, false on entry and after `del`, true after each assignment, and
  // the read tests it (codegen). A variable every read finds assigned costs nothing.
  void add_defined_flags() {
    std::vector<Var*> never_set;
    // A cell that may be unbound: every assignment here sets its flag (other functions read it).
    std::vector<Var*> cells;
    for (auto& v : g_.vars)
      if (v->flagged) cells.push_back(v.get());
    for (Var* v : cells) flags_[v] = g_.new_var("$defined_" + v->name, v->loc), flags_[v]->cell_of = v;
    for (auto& u : uses_) {
      if (!u.expr->maybe_unbound) continue;
      Var* v = u.expr->var;
      if (v->flagged) {  // the cell's own flag, set by every function that assigns it
        Var* flag = flags_[v];
        u.expr->defined = flag;
        if (!u.dels.empty()) u.expr->deleted_at = u.dels.front()->loc;
        for (Stmt* d : u.dels) {
          auto& flags = del_unbinds_[d];
          if (std::find(flags.begin(), flags.end(), flag) == flags.end()) flags.push_back(flag);
        }
        continue;
      }
      if (u.defs.empty()) {  // no assignment reaches: a flag of its own, never set
        never_set.push_back(g_.new_var("$defined_" + v->name, v->loc));
        u.expr->defined = never_set.back();
        continue;
      }
      Var*& flag = flags_[v];
      if (!flag) flag = g_.new_var("$defined_" + v->name, v->loc);
      u.expr->defined = flag;
      if (!u.dels.empty()) u.expr->deleted_at = u.dels.front()->loc;
      for (Stmt* d : u.dels) {
        auto& flags = del_unbinds_[d];
        if (std::find(flags.begin(), flags.end(), flag) == flags.end()) flags.push_back(flag);
      }
    }
    flag_block(g_.body);
    if (flags_.empty() && never_set.empty()) return;
    Block entry;
    for (auto& v : g_.vars)
      if (Var* flag = flag_of(v.get()); flag && !flag->cell_of) entry.push_back(set_flag(flag, false, g_.loc));
    for (Var* flag : never_set) entry.push_back(set_flag(flag, false, g_.loc));
    for (auto& s : g_.body) entry.push_back(std::move(s));
    g_.body = std::move(entry);
  }

  StmtPtr set_flag(Var* flag, bool value, Loc l) {
    auto c = std::make_unique<Expr>(ExprOp::Const, l);
    c->value = modules::make_bool(value);
    auto s = std::make_unique<Stmt>(StmtOp::Assign, l);
    s->var = flag;
    s->exprs.push_back(std::move(c));
    return s;
  }
  Var* flag_of(Var* v) const {
    auto it = flags_.find(v);
    return it == flags_.end() ? nullptr : it->second;
  }

  // Sets the flags where their variables are assigned, and lowers `del x` (a read, then the
  // flags of x's webs that a later read tests are cleared).
  void flag_block(Block& b) {
    Block out;
    for (auto& s : b) {
      flag_stmt(*s);
      if (s->op == StmtOp::DelLocal) {
        Loc l = s->loc;
        if (!s->exprs.empty()) {
          auto read = std::make_unique<Stmt>(StmtOp::ExprStmt, l);
          read->exprs.push_back(std::move(s->exprs[0]));
          out.push_back(std::move(read));
        }
        auto& unbinds = del_unbinds_[s.get()];
        if (Var* cell = s->var ? flag_of(s->var) : nullptr;
            cell && cell->cell_of && std::find(unbinds.begin(), unbinds.end(), cell) == unbinds.end())
          unbinds.push_back(cell);  // other functions read the cell
        for (Var* flag : unbinds) out.push_back(set_flag(flag, false, l));
        continue;
      }
      Var* flag = s->op == StmtOp::Assign ? flag_of(s->var) : nullptr;
      Loc l = s->loc;
      out.push_back(std::move(s));
      if (flag) out.push_back(set_flag(flag, true, l));
    }
    b = std::move(out);
  }
  void flag_stmt(Stmt& s) {
    for (auto& e : s.exprs) flag_expr(e);
    flag_block(s.body);
    flag_block(s.orelse);
    flag_block(s.finalbody);
    if (s.op == StmtOp::For)
      if (Var* flag = flag_of(s.var)) s.body.insert(s.body.begin(), set_flag(flag, true, s.loc));
    for (auto& h : s.handlers) {
      for (auto& c : h.classes) flag_expr(c);
      flag_block(h.body);
      if (Var* flag = h.var ? flag_of(h.var) : nullptr) h.body.insert(h.body.begin(), set_flag(flag, true, h.loc));
    }
  }
  void flag_expr(ExprPtr& e) {
    if (!e) return;
    for (auto& a : e->args) flag_expr(a);
    flag_block(e->body);
    Var* flag = e->op == ExprOp::SetLocal ? flag_of(e->var) : nullptr;
    if (!flag) return;
    // (x := value) becomes (x := value, flag := True, x): the flag is set once x holds the value.
    Loc l = e->loc;
    Var* v = e->var;
    auto seq = std::make_unique<Expr>(ExprOp::Seq, l);
    seq->args.push_back(std::move(e));
    auto t = std::make_unique<Expr>(ExprOp::SetLocal, l);
    t->var = flag;
    auto c = std::make_unique<Expr>(ExprOp::Const, l);
    c->value = modules::make_bool(true);
    t->args.push_back(std::move(c));
    seq->args.push_back(std::move(t));
    auto r = std::make_unique<Expr>(ExprOp::Local, l);
    r->var = v;
    seq->args.push_back(std::move(r));
    e = std::move(seq);
  }

  int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  void rewrite() {
    parent_.resize(defs_.size());
    std::iota(parent_.begin(), parent_.end(), 0);
    for (auto& u : uses_) {
      if (u.defs.size() < 2) continue;
      int first = find(*u.defs.begin());
      for (int d : u.defs) parent_[find(d)] = first;
    }
    // One Var per web; the web holding a parameter (or the first web of a name) keeps the
    // original Var.
    std::map<int, Var*> web_var;
    std::map<Var*, bool> original_taken;
    for (size_t i = 0; i < defs_.size(); ++i)
      if (defs_[i].param) {
        web_var[find(static_cast<int>(i))] = defs_[i].var;
        original_taken[defs_[i].var] = true;
      }
    for (size_t i = 0; i < defs_.size(); ++i) {
      if (defs_[i].undef) continue;
      int w = find(static_cast<int>(i));
      if (web_var.count(w)) continue;
      Var* orig = defs_[i].var;
      if (orig->boxed) {  // shared with closures: one variable (a cell), never split
        web_var[w] = orig;
        continue;
      }
      if (!original_taken[orig]) {
        web_var[w] = orig;
        original_taken[orig] = true;
      } else {
        Var* nv = g_.new_var(orig->name, orig->loc);
        web_var[w] = nv;
      }
    }
    for (size_t i = 0; i < defs_.size(); ++i) {
      if (defs_[i].undef) continue;
      Var* v = web_var[find(static_cast<int>(i))];
      Def& d = defs_[i];
      if (d.stmt) d.stmt->var = v;
      if (d.expr) d.expr->var = v;
      if (d.handler) d.handler->var = v;
    }
    for (auto& u : uses_)
      if (!u.defs.empty()) u.expr->var = web_var[find(*u.defs.begin())];
    // What each read may see (annotate: the read's own, possibly narrower, type).
    for (auto& u : uses_) {
      if (u.expr->op != ExprOp::Local) continue;
      u.expr->reaching.clear();
      if (u.expr->var && u.expr->var->boxed) continue;  // a closure may store into the cell
      for (int d : u.defs) {
        const Def& df = defs_[static_cast<size_t>(d)];
        const Expr* value = nullptr;
        if (df.stmt && df.stmt->op == StmtOp::Assign) value = df.stmt->exprs[0].get();
        if (df.expr && df.expr->op == ExprOp::SetLocal) value = df.expr->args[0].get();
        u.expr->reaching.push_back(value);
      }
    }
  }

  Graph& g_;
  std::vector<Def> defs_;
  std::vector<Use> uses_;
  std::vector<std::pair<size_t, int>> self_reads_;  // (use, the assignment whose value it feeds)
  std::vector<Loop> loops_;
  std::vector<int> parent_;
  std::set<const Expr*> cell_captures_;               // a MakeClosure's argument that is a cell (not read)
  std::set<std::pair<Expr*, size_t>> closure_cells_;  // (MakeClosure, argument index) of those
  std::map<Var*, Var*> flags_;                        // a variable some read may find unbound -> its "defined" flag
  std::map<Stmt*, std::vector<Var*>> del_unbinds_;    // `del x` -> the flags it clears
};

}  // namespace

void split_webs(Graph& g) { Webs(g).run(); }

}  // namespace rpy::ir
