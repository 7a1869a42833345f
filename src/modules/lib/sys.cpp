// sys at import time: argv as RPython's translator shows it, the dialect's version, rpy's own
// stdout/stderr (behind the names the translator knows), sys.modules, sys.path, exit, exc_info.
#include <climits>

#include "modules/lib/modules.hpp"
#include "modules/loader.hpp"

namespace rpy::modules {

// A name the translator knows (sys.stdout) standing for an import-time object (a file).
static Ref known(const std::string& name, Ref impl) {
  auto b = std::make_shared<BuiltinObj>(name, nullptr);
  b->impl = std::move(impl);
  return b;
}

void install_module_sys(Interp& in, ModuleObj& m) {
  bool py2 = in.python() == 2;
  std::vector<Ref> argv;
  for (auto& a : in.argv()) argv.push_back(make_str(a));
  m.set("argv", make_list(argv));
  if (py2) m.set("maxint", make_int(INT64_MAX));
  m.set("maxsize", make_int(INT64_MAX));
  m.set("maxunicode", make_int(0x10ffff));
  m.set("byteorder", make_str("little"));
  m.set("platform", make_str(py2 ? "linux2" : "linux"));
  m.set("version_info", py2 ? make_tuple({make_int(2), make_int(7), make_int(18), make_str("final"), make_int(0)})
                            : make_tuple({make_int(3), make_int(11), make_int(0), make_str("final"), make_int(0)}));
  m.set("version", make_str(py2 ? "2.7.18 (rpy import-time evaluator)" : "3.11.0 (rpy import-time evaluator)"));
  m.set("hexversion", make_int(py2 ? 0x020712f0 : 0x030b00f0));
  m.set("api_version", make_int(py2 ? 1013 : 1013));
  m.set("executable", make_str(in.argv().empty() ? "" : in.argv()[0]));
  m.set("prefix", make_str("/usr"));
  m.set("exec_prefix", make_str("/usr"));
  m.set("copyright", make_str(""));
  m.set("dont_write_bytecode", make_bool(true));
  m.set("py3kwarning", make_bool(false));
  m.set("warnoptions", make_list({}));
  m.set("builtin_module_names", make_tuple({make_str("__builtin__"), make_str("sys"), make_str("math"), make_str("time"),
                                            make_str("operator"), make_str("itertools"), make_str("errno")}));
  std::vector<Ref> path;
  for (auto& p : in.loader().search_path()) path.push_back(make_str(p));
  m.set("path", make_list(path));
  m.set("modules", in.loader().sys_modules());
  // The main module's file: what python3 shows as sys.argv[0] when it runs the program (lib/std's
  // argparse names the program after it, as python3 does, where the binary's argv[0] differs).
  m.set("_rpy_main_file", make_str(in.loader().main_path));
  m.set("stdout", known("sys.stdout", new_file(in, stdout, "<stdout>", "w", false)));
  m.set("stderr", known("sys.stderr", new_file(in, stderr, "<stderr>", "w", false)));
  m.set("stdin", known("sys.stdin", new_file(in, stdin, "<stdin>", "r", false)));
  m.set("__stdout__", m.attrs["stdout"]);
  m.set("__stderr__", m.attrs["stderr"]);
  m.set("__stdin__", m.attrs["stdin"]);
  def_function(m, "exit", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    in.run_time_only(loc, "calls sys.exit()");
    check_args(in, "exit", a, 0, 1, loc);
    in.raise_value(in.call(in.builtin_class("SystemExit"), a, {}, loc), loc);
  });
  def_function(m, "getrecursionlimit", [](Interp& in, Args&, KwArgs&, Loc) -> Ref { return make_int(in.recursion_limit); });
  def_function(m, "setrecursionlimit", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    int64_t n = in.to_int(a.at(0), loc);
    if (n <= 0) in.raise("ValueError", "recursion limit must be positive", loc);
    in.recursion_limit = static_cast<int>(std::min<int64_t>(n, INT_MAX));
    return none();
  });
  def_function(m, "exc_info", [](Interp& in, Args&, KwArgs&, Loc) -> Ref {
    Ref e = in.current_exception();
    if (!e) return make_tuple({none(), none(), none()});
    return make_tuple({in.type_of(e), e, none()});
  });
  if (py2) def_function(m, "exc_clear", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return none(); });
  def_function(m, "getdefaultencoding",
               [](Interp& in, Args&, KwArgs&, Loc) -> Ref { return make_str(in.python() == 2 ? "ascii" : "utf-8"); });
  def_function(m, "getfilesystemencoding", [](Interp&, Args&, KwArgs&, Loc) -> Ref { return make_str("utf-8"); });
  def_function(m, "getrefcount", [](Interp&, Args& a, KwArgs&, Loc) -> Ref { return make_int(a.empty() ? 0 : a[0].use_count()); });
  def_function(m, "getsizeof", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "getsizeof", a, 1, 2, loc);
    return make_int(static_cast<int64_t>(sizeof(Obj)) * 2);
  });
  def_function(m, "intern", [](Interp& in, Args& a, KwArgs&, Loc loc) -> Ref {
    check_args(in, "intern", a, 1, 1, loc);
    return a[0];
  });
  def_function(m, "_getframe", [](Interp& in, Args&, KwArgs&, Loc loc) -> Ref { in.unsupported(loc, "sys._getframe()"); });
  m.set("float_info",
        make_tuple({make_float(1.7976931348623157e308), make_int(1024), make_int(308), make_float(2.2250738585072014e-308), make_int(-1021),
                    make_int(-307), make_int(15), make_int(53), make_float(2.220446049250313e-16), make_int(2), make_int(1)}));
}

}  // namespace rpy::modules
