// Python 3's bare `raise` outside an except clause re-raises the exception its caller's except
// clause handles; compiled code finds it as the C++ exception being handled (reraise_handled()).
// A jitcode except clause handles its exception in registers, not in a C++ handler: residual calls
// made inside it run inside a C++ handler of that exception (in_handler_call), and the graphs that
// may re-raise their caller's exception are residual, so that such a re-raise always happens in
// compiled code called from a clause (docs/JIT.md 6.6).
#include <set>

#include "jit/codewriter.hpp"
#include "jit/walk.hpp"

namespace rpy::jit {

// Whether b, outside its except clauses, has a bare raise or calls a graph of `known`.
static bool reraises_callers(ir::Block& b, const std::set<const ir::Graph*>& known) {
  for (auto& s : b) {
    if (s->op == ir::StmtOp::Raise && s->exprs.empty()) return true;
    bool calls = false;
    for (auto& e : s->exprs)
      if (e)
        walk_expr(*e, [&](ir::Expr& x) {
          if (x.op == ir::ExprOp::Call)
            for (ir::Graph* t : x.targets) calls = calls || (t && known.count(t));
        });
    if (calls) return true;
    if (reraises_callers(s->body, known) || reraises_callers(s->orelse, known) || reraises_callers(s->finalbody, known)) return true;
  }
  return false;
}

void Codewriter::find_reraisers() {
  for (bool grew = true; grew;) {
    grew = false;
    for (ir::Graph* g : ann.graphs())
      if (!reraisers.count(g) && reraises_callers(g->body, reraisers)) {
        reraisers.insert(g);
        grew = true;
      }
  }
}

uint16_t Codewriter::in_handler_call(uint16_t d) {
  CallOut c = calls.at(d);
  std::string exc = "a[" + std::to_string(c.arg_kinds.size()) + "]";
  c.body = "try { throw rpy::jit::unw<rpy::BaseException*>(" + exc + "); } catch (rpy::BaseException*) { " + c.body + " }";
  c.arg_kinds += "r";
  c.name += " (in an except clause)";
  c.portal = -1;  // (one more argument: the tracer makes it an ordinary residual call)
  return add_call(c);
}

}  // namespace rpy::jit
