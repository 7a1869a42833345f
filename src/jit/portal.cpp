// Drivers and portals (docs/JIT.md 4.1): which JitDriver each jit_merge_point names, the rules
// its arguments and its position in the portal must follow.
#include "jit/codewriter.hpp"
#include "jit/driver.hpp"
#include "jit/walk.hpp"

namespace rpy::jit {

namespace m = rpy::modules;
using annotate::BuiltinId;

static bool is_builtin_call(const ir::Expr& e, BuiltinId id) {
  return e.op == ir::ExprOp::Call && e.call_kind == ir::CallKind::Builtin && e.builtin_id == static_cast<int>(id);
}

// The statement kinds enclosing the merge point: returns a message if it may not be restarted
// there (docs/JIT.md 4.1), or "" (found set when the call was found).
static std::string check_position(ir::Block& b, const ir::Expr* call, bool in_while, bool& found) {
  for (auto& sp : b) {
    ir::Stmt& s = *sp;
    if (s.op == ir::StmtOp::ExprStmt && s.exprs[0].get() == call) {
      found = true;
      return in_while ? "" : "jit_merge_point must be inside a while loop of the portal";
    }
    auto inner = [&](ir::Block& blk, bool w, const char* bad) -> std::string {
      bool f = false;
      std::string why = check_position(blk, call, w, f);
      if (f) {
        found = true;
        return bad ? bad : why;
      }
      return "";
    };
    std::string why;
    switch (s.op) {
      case ir::StmtOp::While:
        why = inner(s.body, true, nullptr);
        if (!found) why = inner(s.orelse, in_while, nullptr);
        break;
      case ir::StmtOp::For:
        why = inner(s.body, true, s.iter_var ? nullptr : "jit_merge_point is inside a for loop the JIT could not rewrite as a while loop");
        if (!found) why = inner(s.orelse, in_while, nullptr);
        break;
      case ir::StmtOp::Try: {
        const char* fin =
            s.finalbody.empty() ? nullptr : "jit_merge_point is inside a try/finally or with statement: the JIT cannot yet restart there";
        why = inner(s.body, in_while, fin);
        for (auto& h : s.handlers)
          if (!found) why = inner(h.body, in_while, fin);
        if (!found) why = inner(s.orelse, in_while, fin);
        if (!found) why = inner(s.finalbody, in_while, fin);
        break;
      }
      default:
        why = inner(s.body, in_while, nullptr);
        if (!found) why = inner(s.orelse, in_while, nullptr);
        break;
    }
    if (found) return why;
  }
  return "";
}

bool Codewriter::find_drivers() {
  bool ok = true;
  std::map<const m::Obj*, Loc> seen;
  for (ir::Graph* g : ann.graphs()) {
    walk_block_exprs(g->body, [&](ir::Expr& e) {
      bool merge = is_builtin_call(e, BuiltinId::JitMergePoint);
      bool enter = is_builtin_call(e, BuiltinId::CanEnterJit);
      if (!merge && !enter) return;
      const m::InstanceObj* d = driver_of_call(e);
      if (!d) {
        diags.error(e.loc, std::string(merge ? "jit_merge_point" : "can_enter_jit") +
                               " must be called on a JitDriver object stored in a global variable");
        ok = false;
        return;
      }
      if (!merge) {
        for (auto& drv : drivers)
          if (drv.driver == d) drv.has_can_enter_jit = true;
        return;
      }
      if (seen.count(d)) {
        Diagnostic& diag =
            diags.error(e.loc, "a JitDriver may have only one jit_merge_point (RPython's rule); translate without --opt=jit");
        diag.notes.push_back({seen[d], "the other jit_merge_point of this driver"});
        ok = false;
        return;
      }
      seen[d] = e.loc;
      DriverOut drv;
      drv.driver = d;
      auto nm = d->attrs.find("name");
      drv.name = nm != d->attrs.end() && nm->second->kind == m::ObjKind::Str ? nm->second->as<m::StrObj>()->value : "jitdriver";
      drv.portal = g;
      drv.merge_call = &e;
      drv.green_names = driver_names(d, "greens");
      drv.red_names = driver_names(d, "reds");
      auto ar = d->attrs.find("autoreds");
      drv.auto_reds = ar != d->attrs.end() && m::truthy(ar->second);
      drivers.push_back(drv);
    });
  }
  // can_enter_jit calls may come before the jit_merge_point in graph order
  for (ir::Graph* g : ann.graphs())
    walk_block_exprs(g->body, [&](ir::Expr& e) {
      if (!is_builtin_call(e, BuiltinId::CanEnterJit)) return;
      const m::InstanceObj* d = driver_of_call(e);
      for (auto& drv : drivers)
        if (drv.driver == d) drv.has_can_enter_jit = true;
    });
  for (auto& drv : drivers) {
    ir::Graph& g = *drv.portal;
    ir::Expr& call = *drv.merge_call;
    auto error = [&](Loc loc, const std::string& msg) {
      diags.error(loc, msg + "; translate without --opt=jit");
      ok = false;
    };
    size_t nkw = call.kwnames.size();
    if (call.args.size() != nkw + 1) {
      error(call.loc, "jit_merge_point takes the greens and reds as keyword arguments only");
      continue;
    }
    std::vector<std::string> expected = drv.green_names;
    if (!drv.auto_reds) expected.insert(expected.end(), drv.red_names.begin(), drv.red_names.end());
    for (size_t i = 0; i < nkw; ++i) {
      const std::string& name = call.kwnames[i];
      ir::Expr& a = *call.args[1 + i];
      if (std::find(expected.begin(), expected.end(), name) == expected.end()) {
        error(a.loc, "'" + name + "' is not a green or red variable of JitDriver '" + drv.name + "'");
        continue;
      }
      if (a.op != ir::ExprOp::Local || !a.var || a.var->boxed) {
        error(a.loc, "the value of '" + name + "' given to jit_merge_point must be a local variable (RPython's rule)");
        continue;
      }
      bool green = std::find(drv.green_names.begin(), drv.green_names.end(), name) != drv.green_names.end();
      (green ? drv.greens : drv.reds).push_back(a.var);
    }
    for (const std::string& name : expected)
      if (std::find(call.kwnames.begin(), call.kwnames.end(), name) == call.kwnames.end())
        error(call.loc,
              "jit_merge_point does not give the " +
                  std::string(std::find(drv.green_names.begin(), drv.green_names.end(), name) != drv.green_names.end() ? "green" : "red") +
                  " variable '" + name + "' of JitDriver '" + drv.name + "'");
    // Greens and reds in the driver's order.
    auto order = [&](std::vector<ir::Var*>& vars, const std::vector<std::string>& names) {
      std::vector<ir::Var*> sorted;
      for (const std::string& n : names)
        for (size_t i = 0; i < nkw; ++i)
          if (call.kwnames[i] == n && call.args[1 + i]->op == ir::ExprOp::Local) sorted.push_back(call.args[1 + i]->var);
      if (sorted.size() == vars.size()) vars = sorted;
    };
    order(drv.greens, drv.green_names);
    if (!drv.auto_reds) order(drv.reds, drv.red_names);
    if (g.is_generator) error(g.loc, "the portal '" + g.name + "' (the function with jit_merge_point) is a generator");
    if (!g.released_vars.empty())
      error(g.loc, "the portal '" + g.name + "' owns instances whose __del__ runs when their variable lets go; the JIT cannot yet");
    std::string why = lower_portal_for_loops(g, &call);
    if (!why.empty()) {
      error(call.loc, why);
      continue;
    }
    bool found = false;
    why = check_position(g.body, &call, false, found);
    if (!why.empty()) error(call.loc, why);
  }
  return ok;
}

}  // namespace rpy::jit
