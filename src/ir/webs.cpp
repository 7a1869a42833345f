// Splits each local variable into webs: the definitions that reach a common use are one web, and
// each web becomes its own Var. This gives RPython's rule "one type per variable where control
// flow merges" instead of one type per name: `a, b = b, a` with an int and a str, or a name reused
// for unrelated values in straight-line code, type-check as under RPython's SSA flow graphs.
//
// Reaching definitions are computed over the structured IR. Every approximation merges more (a
// bigger web, as without this pass), never less: loops iterate to a fixpoint, a handler may start
// from any state of its try body, break/continue states flow to the loop's exit and head.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "ir/webs.hpp"

namespace rpy::ir {

namespace {

using DefSet = std::set<int>;
using State = std::map<Var*, DefSet>;

struct Def {
  Var* var;
  Stmt* stmt = nullptr;  // Assign or For
  Expr* expr = nullptr;  // SetLocal
  Handler* handler = nullptr;
  bool param = false;
};

struct Use {
  Expr* expr;
  DefSet defs;
};

void merge_into(State& a, const State& b) {
  for (auto& [v, ds] : b) a[v].insert(ds.begin(), ds.end());
}

struct Flow {
  State state;
  bool live = true;  // false after return/raise/break/continue
};

class Webs {
 public:
  explicit Webs(Graph& g) : g_(g) {}

  void run() {
    Flow f;
    for (Var* p : g_.params) define(f, Def{p, nullptr, nullptr, nullptr, true});
    if (g_.vararg) define(f, Def{g_.vararg, nullptr, nullptr, nullptr, true});
    block(g_.body, f);
    for (auto [u, d] : self_reads_)
      if (uses_[u].defs == DefSet{d}) uses_[u].defs.clear();
    // A read no assignment reaches, on any path: Python raises UnboundLocalError there (the
    // annotator reports it). Captured variables and the closure itself are set on entry.
    for (auto& u : uses_)
      if (u.defs.empty() && u.expr->op == ExprOp::Local && u.expr->var->name[0] != '$' && !u.expr->var->is_param &&
          u.expr->var != g_.self_var && std::find(g_.captured.begin(), g_.captured.end(), u.expr->var) == g_.captured.end())
        u.expr->unbound = true;
    rewrite();
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
      uses_.push_back({e, it == f.state.end() ? DefSet{} : it->second});
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
    if (e->op == ExprOp::SetLocal) define(f, Def{e->var, nullptr, e, nullptr, false});
    if (e->op == ExprOp::Comp) {
      Flow inner = f;
      block(e->body, inner);
      merge_into(f.state, inner.state);    // the comprehension's loop may run zero times
      auto it = inner.state.find(e->var);  // the comprehension's value is its result variable
      uses_.push_back({e, it == inner.state.end() ? DefSet{} : it->second});
    }
  }

  struct Loop {
    State breaks, continues;
    int nbreaks = 0, ncontinues = 0;  // how many break/continue statements were seen
  };

  void loop_body(Stmt& s, Flow& f, bool is_for) {
    State pre = f.state;
    State head = pre;
    State exit_extra;
    for (int iter = 0; iter < 50; ++iter) {
      size_t nuses = uses_.size(), ndefs = defs_.size();
      Flow body;
      body.state = head;
      if (is_for) define(body, Def{s.var, &s, nullptr, nullptr, false});
      loops_.push_back({});
      block(s.body, body);
      Loop l = loops_.back();
      loops_.pop_back();
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
    // Exit: from the head (test false / iterator done) and from breaks.
    f.state = head;
    f.live = true;
    Flow orelse;
    orelse.state = head;
    block(s.orelse, orelse);
    State out = orelse.live ? orelse.state : State{};
    merge_into(out, exit_extra);
    f.state = out;
  }

  void block(Block& b, Flow& f) {
    for (auto& s : b) {
      if (!f.live) {
        // Unreachable code still gets its uses recorded (against an empty state).
        Flow dead;
        dead.live = true;
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
        // The test is evaluated at the head of every iteration: treat it as part of the body.
        State pre = f.state;
        expr(s.exprs[0].get(), f);
        loop_body(s, f, false);
        // Uses in the test were recorded with the pre-loop state only: re-record with the head.
        Flow again;
        again.state = f.state;
        merge_into(again.state, pre);
        expr(s.exprs[0].get(), again);
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
        int nbreaks = loops_.empty() ? 0 : loops_.back().nbreaks;
        int ncontinues = loops_.empty() ? 0 : loops_.back().ncontinues;
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
          hf.state = any;
          for (auto& c : h.classes) expr(c.get(), hf);
          if (h.var) define(hf, Def{h.var, nullptr, nullptr, &h, false});
          block(h.body, hf);
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
          fin.state = pre;
          for (size_t i = first_def; i < defs_.size(); ++i) fin.state[defs_[i].var].insert(static_cast<int>(i));
          merge_into(fin.state, any);
          merge_into(fin.state, out);
          merge_into(fin.state, orelse.state);
          bool breaks = !loops_.empty() && loops_.back().nbreaks > nbreaks;  // in the try, not in finally
          bool continues = !loops_.empty() && loops_.back().ncontinues > ncontinues;
          block(s.finalbody, fin);
          if (live) merge_into(out, fin.state);
          live = live && fin.live;
          // A break or continue of the enclosing loop inside the try leaves through finally: the
          // loop's exit or head sees the definitions the finally body made.
          if (fin.live && breaks) merge_into(loops_.back().breaks, fin.state);
          if (fin.live && continues) merge_into(loops_.back().continues, fin.state);
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
};

}  // namespace

void split_webs(Graph& g) { Webs(g).run(); }

}  // namespace rpy::ir
