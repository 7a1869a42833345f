// atexit: exit handlers. register() records the handler and its arguments on the Interp; the
// translated program runs the handlers still registered when it exits (codegen, emit_main: they
// are pushed on the run-time stack before entry_point runs, so handlers its own code registers
// run first). _run_exitfuncs() at import time runs them there, as the interpreter would.
#include <algorithm>

#include "modules/lib/modules.hpp"

namespace rpy::modules {

void install_module_atexit(Interp&, ModuleObj& m) {
  def_function(m, "register", [](Interp& in, Args& a, KwArgs& kw, Loc loc) -> Ref {
    if (a.empty()) in.raise("TypeError", "register() takes at least 1 argument (0 given)", loc);
    if (in.python() == 3 && !in.call(in.builtin_class("callable"), {a[0]}, {}, loc)->as<BoolObj>()->value)
      in.raise("TypeError", "the first argument must be callable", loc);
    // A script's def after the cut runs at translation time, but Python registers it only when
    // the running program reaches it (a sys.exit() before would leave it out).
    if (in.script_hoisting)
      in.run_time_only(loc, "calls atexit.register() (Python registers the handler only when the running program reaches it)");
    in.exit_handlers.push_back({a[0], std::vector<Ref>(a.begin() + 1, a.end()), kw, loc});
    return a[0];
  });
  // Every registration of the function goes (compared with ==, as Python 3 does).
  def_function(m, "unregister", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit.unregister", a, 1, 1, loc);
    auto& hs = in.exit_handlers;
    for (size_t i = 0; i < hs.size();) {
      if (in.eq(hs[i].fn, a[0], loc))
        hs.erase(hs.begin() + static_cast<std::ptrdiff_t>(i));
      else
        ++i;
    }
    return none();
  });
  def_function(m, "_clear", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._clear", a, 0, 0, loc);
    in.exit_handlers.clear();
    return none();
  });
  // Runs the handlers now, last registered first, and forgets them; the last exception one raised
  // propagates after all ran (an exception ends import time, so this is Python's result whenever
  // no handler raises).
  def_function(m, "_run_exitfuncs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._run_exitfuncs", a, 0, 0, loc);
    while (!in.exit_handlers.empty()) {
      Interp::ExitHandler h = std::move(in.exit_handlers.back());
      in.exit_handlers.pop_back();
      in.call(h.fn, h.args, h.kwargs, loc);
    }
    return none();
  });
  def_function(m, "_ncallbacks", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._ncallbacks", a, 0, 0, loc);
    return make_int(static_cast<int64_t>(in.exit_handlers.size()));
  });
}

}  // namespace rpy::modules
