#include "driver/translate.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "annotate/dump.hpp"
#include "codegen/emit_bundle.hpp"
#include "codegen/emitter.hpp"
#include "common/display.hpp"
#include "driver/frontend.hpp"
#include "driver/guard.hpp"
#include "jit/jit.hpp"
#include "ir/ir.hpp"
#include "toolchain/compiler.hpp"

namespace rpy::driver {

namespace fs = std::filesystem;

static std::string errno_text() { return std::strerror(errno); }

// Writes `text` to `path`, reporting the system's reason on failure (a full disk shows here).
static bool write_text(const std::string& path, const std::string& text, std::string& why) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return why = errno_text(), false;
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = errno_text();
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) return why = errno_text(), false;
  return true;
}

// A scratch directory for the C++ file (removed at the end unless --source kept it).
class ScratchDir {
 public:
  ~ScratchDir() {
    std::error_code ec;
    if (!path.empty() && !keep) fs::remove_all(path, ec);
  }
  std::string path;
  bool keep = false;
};

// The executable's path, from -o, driver.exe_name, or the module's name.
static std::string output_path(const TranslateOptions& o, const Program& p) {
  if (!o.output.empty()) return o.output;
  if (!p.exe_name.empty()) {
    std::string n = p.exe_name;
    auto at = n.find("%(backend)s");
    if (at != std::string::npos) n.replace(at, 11, "c");
    return n;
  }
  return fs::path(o.input).stem().string() + "-c";
}

// Why the executable cannot be written to `out`, or "" if it can be tried.
static std::string unwritable_output(const std::string& out, const Program& p) {
  std::error_code ec;
  fs::path outp(out), parent = outp.parent_path();
  if (parent.empty()) parent = ".";
  for (size_t id = 1; id < p.sm.size(); ++id)
    if (fs::equivalent(outp, p.sm.file(static_cast<uint32_t>(id)).path, ec))
      return "it is the program's source file " + p.sm.file(static_cast<uint32_t>(id)).path + " (choose another name with -o)";
  if (fs::is_directory(outp, ec)) return "it is a directory";
  fs::file_status st = fs::status(outp, ec);
  if (fs::exists(st) && !fs::is_regular_file(st))  // a device or a pipe: never replaced by a file
    return fs::is_character_file(st) ? "it is not a regular file (a character device)"
           : fs::is_fifo(st)         ? "it is not a regular file (a pipe)"
                                     : "it is not a regular file";
  if (!fs::exists(parent, ec)) return "its directory " + parent.string() + " does not exist";
  if (!fs::is_directory(parent, ec)) return parent.string() + " is not a directory";
  return {};
}

// A unique file beside `out`, which the compiler writes and which is then renamed to `out`: the
// directory is proved writable before compiling, and a failed compile leaves `out` untouched.
static std::string reserve_beside(const std::string& out, std::string& why) {
  fs::path outp(out);
  fs::path dir = outp.parent_path().empty() ? fs::path(".") : outp.parent_path();
  std::string tmpl = (dir / ("." + outp.filename().string() + ".rpy-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    why = errno_text();
    return {};
  }
  ::close(fd);
  return tmpl;
}

// Compiles `cpp_file` into the executable `out` (the compiler's messages collected in log_dir),
// into a file beside it renamed into place when it worked; returns the exit status.
static int build_executable(const TranslateOptions& o, const Program& p, const std::string& cpp_file, const std::string& log_dir,
                            std::string out, double& seconds) {
  bool jit = o.opt == "jit";
  bool gc_gen = o.gc == "gen";
  std::error_code ec;
  std::string why;
  {
    // A symbolic link is written through, as a linker would (even to a target not yet there).
    std::error_code lec;
    fs::path link(out);
    for (int hops = 0; hops < 40 && fs::is_symlink(link, lec); ++hops) {
      fs::path target = fs::read_symlink(link, lec);
      if (lec) break;
      link = target.is_absolute() ? target : link.parent_path() / target;
    }
    out = link.string();
  }
  why = unwritable_output(out, p);
  if (!why.empty()) return p.fail("cannot write the executable to '" + out + "': " + why);
  std::string temp_out = reserve_beside(out, why);
  if (temp_out.empty()) return p.fail("cannot write the executable to '" + out + "': " + why);
  toolchain::CompileRequest req;
  req.cpp_file = cpp_file;
  req.output = temp_out;
  req.shown_output = out;
  req.log_dir = log_dir;
  req.opt_level = jit ? o.jit_cxx_opt : std::atoi(o.opt.c_str());
  req.jit = jit;
  req.gc_gen = gc_gen;
  req.debug_info = o.debug;
  req.line_tables = o.tracebacks && o.line_directives;
  toolchain::CompileResult cr = toolchain::compile(req);
  if (o.print_compiler_command) std::fprintf(stderr, "%s\n", cr.command.c_str());
  if (!cr.ok) {
    toolchain::Failure f = toolchain::explain_failure(req, cr);
    fs::remove(temp_out, ec);
    std::string text = std::string("rpy translate: ") + (f.rpy_bug ? "internal error" : "error") + ": " + printable(f.message) + "\n";
    std::fwrite(text.data(), 1, text.size(), stderr);
    return f.rpy_bug ? kInternalErrorStatus : 1;
  }
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp_out.c_str(), 0777 & ~mask);  // whatever the linker did with the reserved file's mode
  if (std::rename(temp_out.c_str(), out.c_str()) != 0) {
    std::string reason = errno_text();
    fs::remove(temp_out, ec);
    return p.fail("cannot write the executable to '" + out + "': " + reason);
  }
  seconds = cr.seconds;
  return 0;
}

// --link-bundle DIR: the parts DIR/NAME.cpp (each written by --bundle-name NAME) and a dispatcher
// main() compiled into one executable, as one program is (codegen/emit_bundle.hpp).
static int link_bundle(const TranslateOptions& o) {
  FrontendOptions fo;
  fo.command = "rpy translate";
  Program p(fo);
  if (o.output.empty()) return p.fail("--link-bundle needs -o, the executable to write");
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(o.link_bundle, ec), end; !ec && it != end; it.increment(ec)) {
    fs::path f = it->path();
    if (f.extension() == ".cpp" && codegen::valid_bundle_name(f.stem().string()) && it->is_regular_file())
      names.push_back(f.stem().string());
  }
  if (ec) return p.fail("cannot read the directory '" + o.link_bundle + "': " + ec.message());
  if (names.empty()) return p.fail("no program in '" + o.link_bundle + "' (parts are NAME.cpp files written by --bundle-name NAME)");
  std::sort(names.begin(), names.end());
  std::string main_file = (fs::path(o.link_bundle) / "bundle-main.cpp").string(), why;
  if (!write_text(main_file, codegen::bundle_dispatcher(names), why)) return p.fail("cannot write '" + main_file + "': " + why);
  double seconds = 0;
  return build_executable(o, p, main_file, o.link_bundle, o.output, seconds);
}

int run_translate(const TranslateOptions& o) {
  if (!o.link_bundle.empty()) return link_bundle(o);
  auto t_start = Clock::now();
  FrontendOptions fo;
  fo.command = "rpy translate";
  fo.outcome = "; no executable was written.";
  fo.input = o.input;
  fo.target_args = o.target_args;
  bool gc_gen = o.gc == "gen";
  // --gc=gen: instances never live in frames (the collector would take one for a heap object).
  fo.stack_alloc = o.stack_alloc && !gc_gen;
  fo.python = o.python;
  fo.jit = o.opt == "jit";
  fo.opt = o.opt;
  Program p(fo);
  if (int rc = check_input(p)) return rc;
  {
    std::error_code ec;
    if (!o.output.empty() && fs::equivalent(o.output, o.input, ec))
      return p.fail("the output '" + o.output + "' is the program's source file; choose another name with -o");
  }
  if (gc_gen && o.opt == "jit") return p.fail("--gc=gen does not support --opt=jit yet; use the default --gc=boehm");
  if (!o.bundle_name.empty()) {  // a part of a bundle: its C++ only (codegen/emit_bundle.hpp)
    if (!codegen::valid_bundle_name(o.bundle_name))
      return p.fail("the bundle name '" + o.bundle_name + "' is not made of letters, digits and underscores (at most 64)");
    if (o.stop_after != "codegen" || o.source_dir.empty()) return p.fail("--bundle-name needs --stop-after codegen and --source DIR");
    if (gc_gen) return p.fail("--bundle-name does not support --gc=gen yet (its C++ specialises the runtime's templates)");
  }
  if (o.dump_ast || o.stop_after == "parse") return parse_only(p, o.dump_ast);

  // 1. Import: parse and run module-level code. 2. Whole-program type inference.
  if (int rc = load(p)) return rc;
  if (o.stop_after == "import") return 0;
  if (int rc = analyse(p)) return rc;
  annotate::Annotator& ann = *p.ann;
  if (o.dump_types) std::fputs(annotate::dump_types(ann).c_str(), stdout);
  if (o.dump_ir)
    for (ir::Graph* g : ann.graphs()) std::fputs(ir::dump_graph(*g).c_str(), stdout);
  if (o.stop_after == "annotate") return 0;

  // 3. C++ generation.
  auto t0 = Clock::now();
  codegen::EmitOptions eo;
  eo.line_directives = o.line_directives;
  eo.tracebacks = o.tracebacks;
  eo.gc_gen = gc_gen;
  eo.bundle_name = o.bundle_name;
  eo.unbounded_ints = p.script;  // a script's ints are Python's: overflow stops it (RPYTHON.md 5)
  bool jit = o.opt == "jit";
  std::unique_ptr<codegen::JitHooks> jit_hooks;
  if (jit) {
    jit::JitOptions jo;
    jo.dump = o.dump_jitcode;
    jit_hooks = jit::make_hooks(ann, p.sm, p.diags, jo);
    eo.jit = jit_hooks.get();
  }
  std::string cpp = codegen::generate_cpp(ann, p.sm, eo, p.diags);
  if (p.diags.has_errors()) return p.report();
  std::string stem = fs::path(o.input).stem().string();
  ScratchDir scratch;
  std::error_code ec;
  if (!o.source_dir.empty()) {
    scratch.path = o.source_dir;
    scratch.keep = true;
    fs::create_directories(o.source_dir, ec);
    if (ec) return p.fail("cannot create the directory '" + o.source_dir + "': " + ec.message());
  } else {
    fs::path tmp = fs::temp_directory_path(ec);
    if (ec) tmp = "/tmp";
    std::string tmpl = (tmp / "rpy-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return p.fail("cannot create a temporary directory in '" + tmp.string() + "': " + errno_text());
    scratch.path = tmpl;
  }
  fs::path cpp_file = fs::path(scratch.path) / ((o.bundle_name.empty() ? stem : o.bundle_name) + ".cpp");
  std::string why;
  if (!write_text(cpp_file.string(), cpp, why)) return p.fail("cannot write '" + cpp_file.string() + "': " + why);
  double t_codegen = since(t0);
  if (o.stop_after == "codegen") return 0;

  // 4. C++ compilation.
  double t_compile = 0;
  if (int rc = build_executable(o, p, cpp_file.string(), scratch.path, output_path(o, p), t_compile)) return rc;
  if (o.timings) {
    double own = p.import_seconds + p.annotate_seconds + t_codegen;
    std::fprintf(
        stderr,
        "rpy timings: parse %.1f ms, import %.1f ms, annotate %.1f ms (%d passes, %zu functions), codegen %.1f ms; rpy's stages %.1f ms\n"
        "             C++ compile %.0f ms; total %.0f ms\n",
        p.loader->parse_seconds * 1e3, (p.import_seconds - p.loader->parse_seconds) * 1e3, p.annotate_seconds * 1e3, ann.passes,
        ann.graphs().size(), t_codegen * 1e3, own * 1e3, t_compile * 1e3, since(t_start) * 1e3);
  }
  return 0;
}

}  // namespace rpy::driver
