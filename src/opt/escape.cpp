// Escape analysis: which instances never outlive the call that allocates them (see escape.hpp).
//
// A variable's uses are safe when each is one of
//   v.attr            reading a field (not a bound method: that value would carry v away)
//   v.attr = x        writing a field (v itself is never the value stored)
//   v.m(...)          a method call whose every possible target keeps self safe
//   f(..., v, ...)    a call of known functions (or a class's __init__) whose parameter keeps it safe
// Anything else -- storing v in a container or an attribute, returning, raising or yielding it,
// comparing it, capturing it in a closure, passing it to a builtin or through *args -- lets the
// object escape. A parameter is safe when its uses are, and it is never reassigned; this is a
// greatest fixpoint over the whole program (recursion included).
#include "opt/escape.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

#include "annotate/annotator.hpp"
#include "annotate/descs.hpp"
#include "annotate/types.hpp"
#include "jit/driver.hpp"

namespace rpy::opt {

using annotate::TypeKind;
using ir::Block;
using ir::CallKind;
using ir::Expr;
using ir::ExprOp;
using ir::Graph;
using ir::Stmt;
using ir::StmtOp;
using ir::Var;

namespace {

constexpr int kMaxInlineNodes = 48;  // functions up to this size are inlined into their callers

bool is_instance(const Var* v) { return v->type && v->type->kind == TypeKind::Instance; }

struct Facts {
  std::unordered_map<const Graph*, std::vector<bool>> safe_param;
  bool safe(const Graph* g, size_t i) const {
    auto it = safe_param.find(g);
    return it != safe_param.end() && i < it->second.size() && it->second[i];
  }
};

// Checks every use of one variable in a graph; collects the functions it is passed to.
class UseChecker {
 public:
  // is_param: the variable is a parameter, so it must never be assigned (an assignment would let
  // a caller's object and another share the name).
  UseChecker(const Var* v, const Facts& facts, bool is_param) : v_(v), facts_(facts), is_param_(is_param) {}
  std::vector<Graph*> callees;

  bool block(const Block& b) {
    for (auto& s : b)
      if (!stmt(*s)) return false;
    return true;
  }

 private:
  const Var* v_;
  const Facts& facts_;
  bool is_param_;

  bool is_v(const Expr* e) const { return e && e->op == ExprOp::Local && e->var == v_; }
  bool defines_v(const Var* target) const { return is_param_ && target == v_; }

  bool stmt(const Stmt& s) {
    if (defines_v(s.var)) return false;
    for (size_t k = 0; k < s.exprs.size(); ++k) {
      const Expr* x = s.exprs[k].get();
      if (!x) continue;
      if (is_v(x) && !(s.op == StmtOp::SetAttr && k == 0)) return false;
      if (!expr(*x)) return false;
    }
    for (auto& h : s.handlers) {
      if (defines_v(h.var)) return false;
      for (auto& c : h.classes)
        if (is_v(c.get()) || !expr(*c)) return false;
      if (!block(h.body)) return false;
    }
    return block(s.body) && block(s.orelse) && block(s.finalbody);
  }

  // A call passing v as argument `arg` (an element of e.args): safe when every target keeps the
  // matching parameter safe.
  bool passed_to(const Expr& e, const Expr* arg) {
    if (e.call_kind != CallKind::Direct && e.call_kind != CallKind::Method && e.call_kind != CallKind::Instantiate) return false;
    if (e.targets.empty()) return false;
    for (size_t i = 0; i < e.bound.size(); ++i) {
      if (e.bound[i] != arg) continue;
      for (Graph* t : e.targets) {
        if (i >= t->params.size() || !facts_.safe(t, i)) return false;
        callees.push_back(t);
      }
      return true;
    }
    return false;  // an extra argument gathered into *args
  }

  // The JIT driver's markers name the interpreter's variables; they do nothing with the values,
  // except a merge point's greens, which the JIT keeps in its green keys (under --opt=jit) for
  // the rest of the run: a green built in the frame would leave a key pointing into a dead frame,
  // which a later frame's object at the same address would match (a wrong answer).
  static bool ignores_argument(const Expr& e, size_t k) {
    if (e.call_kind != CallKind::Builtin && e.call_kind != CallKind::BuiltinMethod) return false;
    auto id = static_cast<annotate::BuiltinId>(e.builtin_id);
    if (id == annotate::BuiltinId::JitMergePoint) return !jit::is_green_argument(e, k);
    return id == annotate::BuiltinId::CanEnterJit || id == annotate::BuiltinId::LoopHeader;
  }

  bool expr(const Expr& e) {
    if ((e.op == ExprOp::SetLocal || e.op == ExprOp::Comp) && defines_v(e.var)) return false;
    size_t first = 0;
    if (e.op == ExprOp::Call && e.call_kind == CallKind::Method && !e.args.empty() && e.args[0]->op == ExprOp::GetAttr &&
        is_v(e.args[0]->args[0].get())) {
      // v.m(...): self is parameter 0 of every method of the family.
      if (e.targets.empty()) return false;
      for (Graph* t : e.targets) {
        if (!facts_.safe(t, 0)) return false;
        callees.push_back(t);
      }
      first = 1;
    }
    for (size_t k = first; k < e.args.size(); ++k) {
      const Expr* a = e.args[k].get();
      if (!a) continue;
      if (is_v(a)) {
        bool ok = false;
        if (e.op == ExprOp::GetAttr && k == 0)
          ok = !e.type || e.type->kind != TypeKind::Method;
        else if (e.op == ExprOp::Call && k > 0)
          ok = passed_to(e, a) || ignores_argument(e, k);
        if (!ok) return false;
        continue;
      }
      if (!expr(*a)) return false;
    }
    for (auto& d : e.defaults)
      if (d && (is_v(d.get()) || !expr(*d))) return false;
    return block(e.body);
  }
};

// Every call target of a graph (for recursion and inlining decisions), and the graph's size.
void walk_calls(const Block& b, const std::function<void(const Expr&)>& f);
void walk_calls_expr(const Expr& e, const std::function<void(const Expr&)>& f) {
  f(e);
  for (auto& a : e.args)
    if (a) walk_calls_expr(*a, f);
  for (auto& d : e.defaults)
    if (d) walk_calls_expr(*d, f);
  walk_calls(e.body, f);
}
void walk_calls(const Block& b, const std::function<void(const Expr&)>& f) {
  for (auto& s : b) {
    for (auto& x : s->exprs)
      if (x) walk_calls_expr(*x, f);
    for (auto& h : s->handlers) {
      for (auto& c : h.classes) walk_calls_expr(*c, f);
      walk_calls(h.body, f);
    }
    walk_calls(s->body, f);
    walk_calls(s->orelse, f);
    walk_calls(s->finalbody, f);
  }
}
int count_stmts(const Block& b) {
  int n = 0;
  for (auto& s : b) {
    n += 1 + count_stmts(s->body) + count_stmts(s->orelse) + count_stmts(s->finalbody);
    for (auto& h : s->handlers) n += 1 + count_stmts(h.body);
  }
  return n;
}

// Visits the statements `v = Cls(...)` of a block (in nested blocks too).
void each_instantiation(Block& b, const std::function<void(Stmt&)>& f) {
  for (auto& s : b) {
    if (s->op == StmtOp::Assign && s->var && !s->exprs.empty() && s->exprs[0] && s->exprs[0]->op == ExprOp::Call &&
        s->exprs[0]->call_kind == CallKind::Instantiate)
      f(*s);
    each_instantiation(s->body, f);
    each_instantiation(s->orelse, f);
    each_instantiation(s->finalbody, f);
    for (auto& h : s->handlers) each_instantiation(h.body, f);
  }
}

// Whether every assignment to v in the block is `v = C(...)` or `v = None` (so that whatever v
// held before an assignment is an instance this function owns, or nothing).
bool only_defined_by_instantiation(const Block& b, const Var* v) {
  for (auto& s : b) {
    if (s->var == v) {
      if (s->op != StmtOp::Assign || s->exprs.empty() || !s->exprs[0]) return false;
      const Expr& x = *s->exprs[0];
      bool fresh = x.op == ExprOp::Call && x.call_kind == CallKind::Instantiate;
      bool none = x.op == ExprOp::Const && x.type && x.type->kind == TypeKind::None;
      if (!fresh && !none) return false;
    }
    for (auto& h : s->handlers)
      if (h.var == v || !only_defined_by_instantiation(h.body, v)) return false;
    bool nested_ok = true;
    for (auto& x : s->exprs)
      if (x)
        walk_calls_expr(*x, [&](const Expr& e) {
          if ((e.op == ExprOp::SetLocal || e.op == ExprOp::Comp) && e.var == v) nested_ok = false;
        });
    if (!nested_ok || !only_defined_by_instantiation(s->body, v) || !only_defined_by_instantiation(s->orelse, v) ||
        !only_defined_by_instantiation(s->finalbody, v))
      return false;
  }
  return true;
}

// Whether every binding of the source name (in any of its webs) is a plain assignment (not a
// loop variable, an `except ... as`, or a binding inside an expression).
bool only_assigned(const Block& b, const std::string& name) {
  for (auto& s : b) {
    if (s->var && s->var->name == name && s->op != StmtOp::Assign) return false;
    for (auto& h : s->handlers)
      if ((h.var && h.var->name == name) || !only_assigned(h.body, name)) return false;
    bool nested_ok = true;
    for (auto& x : s->exprs)
      if (x)
        walk_calls_expr(*x, [&](const Expr& e) {
          if ((e.op == ExprOp::SetLocal || e.op == ExprOp::Comp) && e.var && e.var->name == name) nested_ok = false;
        });
    if (!nested_ok || !only_assigned(s->body, name) || !only_assigned(s->orelse, name) || !only_assigned(s->finalbody, name)) return false;
  }
  return true;
}

}  // namespace

EscapeStats stack_allocate(const std::vector<Graph*>& graphs) {
  EscapeStats stats;
  Facts facts;
  // Start from "every instance parameter of an ordinary function is safe" and remove what the
  // uses disprove until nothing changes.
  for (Graph* g : graphs) {
    auto& safe = facts.safe_param[g];
    for (Var* p : g->params) safe.push_back(!g->is_generator && is_instance(p));
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (Graph* g : graphs) {
      auto& safe = facts.safe_param[g];
      for (size_t i = 0; i < g->params.size(); ++i) {
        if (!safe[i]) continue;
        UseChecker c(g->params[i], facts, true);
        if (!c.block(g->body)) {
          safe[i] = false;
          changed = true;
        }
      }
    }
  }

  // Allocation sites whose variable only has safe uses.
  std::set<Graph*> reached;  // functions called on a stack instance (directly or through a safe parameter)
  std::vector<Graph*> work;
  auto reach = [&](const std::vector<Graph*>& gs) {
    for (Graph* t : gs)
      if (reached.insert(t).second) work.push_back(t);
  };
  for (Graph* g : graphs) {
    if (g->is_generator) continue;
    std::set<const Var*> excluded(g->captured.begin(), g->captured.end());
    excluded.insert(g->params.begin(), g->params.end());
    if (g->self_var) excluded.insert(g->self_var);
    if (g->vararg) excluded.insert(g->vararg);
    std::unordered_map<const Var*, bool> verdict;
    each_instantiation(g->body, [&](Stmt& s) {
      Expr& call = *s.exprs[0];
      if (!call.cls || call.cls->is_exception || call.cls->builtin || excluded.count(s.var)) return;
      // The site's one frame slot holds the object it made last; when it runs again (in a loop),
      // the new object is built over the old one. Only the site's variable can still point at the
      // old one (a copy is an escape), so the slot is reusable unless the arguments read that
      // variable: `acc = Box(acc.v + n)` would read the field after the slot was cleared, and
      // `v = Node(v)` would make the new object its own argument.
      bool reads_own_var = false;
      walk_calls_expr(call, [&](const Expr& e) {
        if (e.op == ExprOp::Local && e.var == s.var) reads_own_var = true;
      });
      if (reads_own_var) return;
      if (!call.targets.empty() && !facts.safe(call.targets[0], 0)) return;
      auto del = call.cls->implicit.find("__del__");
      if (del != call.cls->implicit.end() &&
          (!facts.safe(del->second, 0) || !only_defined_by_instantiation(g->body, s.var) || !only_assigned(g->body, s.var->name)))
        return;
      auto it = verdict.find(s.var);
      if (it == verdict.end()) {
        UseChecker c(s.var, facts, false);
        bool ok = c.block(g->body);
        it = verdict.emplace(s.var, ok).first;
        if (ok) reach(c.callees);
      }
      if (!it->second) return;
      reach(call.targets);
      if (del != call.cls->implicit.end()) {
        // CPython runs __del__ when the last reference goes: here, when the variable is rebound
        // or the function returns. The instance stays on the heap, so that a new one can be
        // built before the old one's __del__ runs, as in `v = C()` in a loop.
        call.owned = true;
        if (std::find(g->released_vars.begin(), g->released_vars.end(), s.var) == g->released_vars.end()) g->released_vars.push_back(s.var);
        reach({del->second});
        ++stats.released;
        return;
      }
      call.stack_slot = static_cast<int>(g->stack_slots.size());
      g->stack_slots.push_back(call.cls);
      ++stats.stack_allocations;
    });
  }
  while (!work.empty()) {
    Graph* g = work.back();
    work.pop_back();
    for (size_t i = 0; i < g->params.size(); ++i) {
      if (!facts.safe(g, i)) continue;
      UseChecker c(g->params[i], facts, true);
      c.block(g->body);
      reach(c.callees);
    }
  }

  // Inline the small, non-recursive functions reached, so that the C++ compiler sees every use
  // of the object in the frame that owns it.
  std::unordered_map<const Graph*, std::vector<const Graph*>> calls;
  for (Graph* g : graphs)
    walk_calls(g->body, [&](const Expr& e) {
      for (Graph* t : e.targets) calls[g].push_back(t);
    });
  auto recursive = [&](const Graph* g) {
    std::set<const Graph*> seen;
    std::vector<const Graph*> stack(calls[g].begin(), calls[g].end());
    while (!stack.empty()) {
      const Graph* x = stack.back();
      stack.pop_back();
      if (x == g) return true;
      if (!seen.insert(x).second) continue;
      for (const Graph* y : calls[x]) stack.push_back(y);
    }
    return false;
  };
  for (Graph* g : reached) {
    if (g->is_generator || count_stmts(g->body) * 4 > kMaxInlineNodes || recursive(g)) continue;
    int nodes = 0;
    walk_calls(g->body, [&](const Expr&) { ++nodes; });
    if (nodes + count_stmts(g->body) > kMaxInlineNodes) continue;
    g->force_inline = true;
    ++stats.inlined;
  }
  return stats;
}

}  // namespace rpy::opt
