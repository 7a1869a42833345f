#include "modules/loader.hpp"

#include <chrono>
#include <cmath>
#include <filesystem>

#include "modules/dialect.hpp"
#include "syntax/parser.hpp"

namespace rpy::modules {

namespace fs = std::filesystem;

Loader::Loader(SourceManager& sm, Diagnostics& diags, std::vector<std::string> search_path)
    : sm_(sm), diags_(diags), search_path_(std::move(search_path)) {
  interp_ = std::make_unique<Interp>(sm, diags, *this);
}

ModuleObj* Loader::find_loaded(const std::string& name) const {
  auto it = loaded_.find(name);
  return it == loaded_.end() ? nullptr : it->second->as<ModuleObj>();
}

Ref Loader::load_file(const std::string& path, const std::string& name, bool is_package, bool is_main) {
  std::string text;
  if (!read_file(path, text)) {
    diags_.error({}, "cannot read '" + path + "'");
    throw FatalError();
  }
  uint32_t id = sm_.add(path, name, std::move(text));
  auto t0 = std::chrono::steady_clock::now();
  std::shared_ptr<syntax::Module> ast = syntax::parse_module(sm_, id, diags_);
  parse_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!ast || diags_.has_errors()) throw FatalError();
  if (is_main) sm_.python_version = program_python_version(*ast, requested_python);
  auto m = std::make_shared<ModuleObj>();
  m->name = name;
  m->path = path;
  m->file = id;
  m->ast = ast;
  m->is_package = is_package;
  m->set("__name__", make_str(name));
  m->set("__file__", make_str(path));
  loaded_[name] = m;
  order_.push_back(m);
  // A submodule becomes an attribute of its package.
  auto dot = name.rfind('.');
  if (dot != std::string::npos)
    if (auto* parent = find_loaded(name.substr(0, dot))) parent->set(name.substr(dot + 1), m);
  interp_->exec_module(m.get());
  return m;
}

ModuleObj* Loader::load_main(const std::string& path, Loc) {
  std::string name = fs::path(path).stem().string();
  return load_file(path, name, false, true)->as<ModuleObj>();
}

Ref Loader::import_module(const std::string& dotted, Loc loc) {
  if (auto it = loaded_.find(dotted); it != loaded_.end()) return it->second;
  // Parents first: importing a.b.c imports a and a.b.
  auto dot = dotted.rfind('.');
  std::vector<std::string> dirs;
  if (dot != std::string::npos) {
    Ref parent = import_module(dotted.substr(0, dot), loc);
    auto* pm = parent->as<ModuleObj>();
    if (pm->is_package && !pm->path.empty()) dirs.push_back(fs::path(pm->path).parent_path().string());
  } else {
    if (Ref native = make_native(dotted)) {
      loaded_[dotted] = native;
      return native;
    }
    dirs = search_path_;
  }
  std::string leaf = dot == std::string::npos ? dotted : dotted.substr(dot + 1);
  for (const auto& d : dirs) {
    fs::path pkg = fs::path(d) / leaf / "__init__.py";
    if (fs::exists(pkg)) return load_file(pkg.string(), dotted, true);
    fs::path mod = fs::path(d) / (leaf + ".py");
    if (fs::exists(mod)) return load_file(mod.string(), dotted, false);
  }
  if (dot != std::string::npos)
    if (Ref native = make_native(dotted)) {
      loaded_[dotted] = native;
      return native;
    }
  interp_->raise("ImportError", "No module named " + dotted, loc);
}

// Modules rpy provides natively. Their functions are translated by the annotator's builtin table
// (looked up by qualified name); at import time only the pure ones can be called.
Ref Loader::make_native(const std::string& name) {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
      {"os", {"write",  "read",   "open",   "close", "lseek",  "fstat", "stat",  "listdir", "getcwd", "strerror", "unlink",  "getenv",
              "system", "isatty", "getpid", "_exit", "remove", "mkdir", "rmdir", "rename",  "dup",    "dup2",     "urandom", "fdopen"}},
      {"os.path", {"join", "exists", "isdir", "isfile", "basename", "dirname", "abspath", "splitext", "split", "getsize"}},
      {"sys", {"exit", "setrecursionlimit", "getrecursionlimit"}},
      {"math", {"sqrt", "sin",   "cos",  "tan",  "asin",    "acos",    "atan",  "atan2",     "exp",      "log",      "log10", "log2",
                "pow",  "floor", "ceil", "fabs", "fmod",    "hypot",   "isinf", "isnan",     "isfinite", "copysign", "ldexp", "frexp",
                "modf", "sinh",  "cosh", "tanh", "degrees", "radians", "trunc", "factorial", "gcd",      "expm1",    "log1p"}},
      {"time", {"time", "clock", "sleep", "perf_counter", "monotonic", "process_time"}},
      {"types", {"FunctionType", "MethodType", "ModuleType", "ClassType"}},
  };
  for (const auto& [mod, fns] : table) {
    if (mod != name) continue;
    auto m = std::make_shared<ModuleObj>();
    m->name = name;
    m->is_builtin = true;
    for (const auto& f : fns) m->set(f, std::make_shared<BuiltinObj>(name + "." + f, nullptr));
    if (name == "math") {
      m->set("pi", make_float(M_PI));
      m->set("e", make_float(M_E));
      m->set("inf", make_float(HUGE_VAL));
      m->set("nan", make_float(NAN));
      for (const char* f : {"sqrt", "floor", "ceil", "fabs", "exp", "log", "sin", "cos"}) {
        std::string fname = f;
        m->attrs[fname]->as<BuiltinObj>()->fn = [fname](Interp& in, std::vector<Ref>& a, std::vector<std::pair<std::string, Ref>>&,
                                                        Loc loc) -> Ref {
          double x = a.at(0)->kind == ObjKind::Float ? a[0]->as<FloatObj>()->value : static_cast<double>(in.to_int(a[0], loc));
          if (fname == "sqrt") return make_float(std::sqrt(x));
          if (fname == "floor") return make_float(std::floor(x));
          if (fname == "ceil") return make_float(std::ceil(x));
          if (fname == "fabs") return make_float(std::fabs(x));
          if (fname == "exp") return make_float(std::exp(x));
          if (fname == "log") return make_float(std::log(x));
          if (fname == "sin") return make_float(std::sin(x));
          return make_float(std::cos(x));
        };
      }
    }
    if (name == "sys") {
      m->set("maxint", make_int(INT64_MAX));
      m->set("maxsize", make_int(INT64_MAX));
      m->set("argv", std::make_shared<ListObj>());
      m->set("byteorder", make_str("little"));
      m->set("platform", make_str("linux2"));
      auto vi = make_tuple({make_int(2), make_int(7), make_int(18), make_str("final"), make_int(0)});
      m->set("version_info", vi);
      m->set("stdout", std::make_shared<BuiltinObj>("sys.stdout", nullptr));
      m->set("stderr", std::make_shared<BuiltinObj>("sys.stderr", nullptr));
      m->set("stdin", std::make_shared<BuiltinObj>("sys.stdin", nullptr));
    }
    if (name == "os") {
      m->set("O_RDONLY", make_int(0));
      m->set("O_WRONLY", make_int(1));
      m->set("O_RDWR", make_int(2));
      m->set("O_CREAT", make_int(64));
      m->set("O_TRUNC", make_int(512));
      m->set("O_APPEND", make_int(1024));
      m->set("SEEK_SET", make_int(0));
      m->set("SEEK_CUR", make_int(1));
      m->set("SEEK_END", make_int(2));
      m->set("sep", make_str("/"));
      m->set("linesep", make_str("\n"));
      m->set("environ", std::make_shared<BuiltinObj>("os.environ", nullptr));
      Ref path = make_native("os.path");
      loaded_["os.path"] = path;
      m->set("path", path);
    }
    return m;
  }
  return nullptr;
}

}  // namespace rpy::modules
