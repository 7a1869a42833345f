// atexit: exit handlers. A translated program has no exit path that calls Python code, so
// registering one is refused with a clear message (a register() that only recorded the handler
// would be a wrong answer: the interpreter runs it at exit, after the program's last output).
#include "modules/lib/modules.hpp"

namespace rpy::modules {

void install_module_atexit(Interp&, ModuleObj& m) {
  def_function(m, "register", [](Interp&, Args&, KwArgs&, Loc loc) -> Ref {
    throw EvalError{loc,
                    "atexit.register(): rpy cannot run exit handlers yet (the translated program would exit without calling it); "
                    "call the handler yourself where the program ends (at the end of the entry point and before each sys.exit())"};
  });
  // Nothing is ever registered: there is nothing to remove, run or count.
  def_function(m, "unregister", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit.unregister", a, 1, 1, loc);
    return none();
  });
  def_function(m, "_clear", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._clear", a, 0, 0, loc);
    return none();
  });
  def_function(m, "_run_exitfuncs", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._run_exitfuncs", a, 0, 0, loc);
    return none();
  });
  def_function(m, "_ncallbacks", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "atexit._ncallbacks", a, 0, 0, loc);
    return make_int(0);
  });
}

}  // namespace rpy::modules
