// The linker translations use. Linking a small translated program with the system's default
// linker (GNU ld.bfd) takes about a third of its compile-and-link CPU time (0.25 s of 0.65 s for a
// test program), and gold, which binutils installs beside it, links the same executable in about
// half that. The build probes once, with the compiler it precompiled the runtime header for, whether
// `-fuse-ld=gold` links a program against the runtime's libraries, and records the answer in
// DIR/linker.txt (the option on the first line, the compiler command on the second);
// translations add the option only when they use that same compiler.
//
// The sanitizer build's programs (its tests) link clang's ASan+UBSan runtime as a shared library
// where the compiler has one: linking the static runtime into each test program took 0.37 s of
// CPU against 0.22 s, more than compiling the program (0.3 s). The line then also holds
// -shared-libasan and an rpath to the runtime's directory.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "toolchain/compiler.hpp"

namespace rpy::toolchain {

namespace fs = std::filesystem;

static std::string linker_file(const std::string& dir) { return (fs::path(dir) / "linker.txt").string(); }

// -shared-libasan and the rpath that finds the library, for a sanitized runtime and a compiler
// that has the shared ASan runtime (clang++); else nothing.
static std::vector<std::string> shared_sanitizer_runtime([[maybe_unused]] const std::string& dir) {
#ifdef RPY_SANITIZE_RUNTIME
  std::vector<std::string> argv = compiler_command();
  argv.push_back("-print-file-name=libclang_rt.asan-x86_64.so");
  CompileResult r;
  run_logged(argv, (fs::path(dir) / ".probe_asan.log").string(), r);
  std::string path = r.diagnostics.substr(0, r.diagnostics.find('\n'));
  std::error_code ec;
  if (r.ok && fs::path(path).is_absolute() && fs::exists(path, ec))
    return {"-shared-libasan", "-Wl,-rpath," + fs::path(path).parent_path().string()};
#endif
  return {};
}

// Whether a program linked with `options` against the collector links and runs.
static bool links_with(const std::string& dir, const std::vector<std::string>& options) {
  std::error_code ec;
  fs::path src = fs::path(dir) / ".probe_linker.cpp", exe = fs::path(dir) / ".probe_linker";
  {
    std::ofstream out(src);
    out << "#include <gc/gc.h>\nint main() { GC_INIT(); return GC_MALLOC(8) == nullptr; }\n";
    if (!out) return false;
  }
  std::vector<std::string> argv = compiler_command();
  for (auto& f : program_flags(0, false, false)) argv.push_back(f);
  for (auto& o : options) argv.push_back(o);
  argv.push_back(src.string());
  argv.push_back("-lgc");
  argv.push_back("-o");
  argv.push_back(exe.string());
  CompileResult r;
  run_logged(argv, exe.string() + ".log", r);
  bool ok = r.ok;
  if (ok) {
    CompileResult run;
    run_logged({exe.string()}, exe.string() + ".run.log", run);
    ok = run.ok;
  }
  fs::remove(src, ec);
  fs::remove(exe, ec);
  return ok;
}

void probe_linker(const std::string& dir) {
  std::error_code ec;
  fs::remove(linker_file(dir), ec);
  std::vector<std::string> options = {"-fuse-ld=gold"};
  std::vector<std::string> shared = shared_sanitizer_runtime(dir);
  if (!shared.empty()) {
    std::vector<std::string> with = options;
    with.insert(with.end(), shared.begin(), shared.end());
    if (links_with(dir, with)) options = with;
  }
  if (options.size() == 1 && !links_with(dir, options)) return;
  std::ofstream info(linker_file(dir));
  info << joined(options) << "\n" << joined(compiler_command()) << "\n";
}

std::vector<std::string> linker_flags() {
  static const std::vector<std::string> flags = [] {
    std::vector<std::string> f;
    std::ifstream in(linker_file(pch_root()));
    std::string options, compiler;
    if (in && std::getline(in, options) && std::getline(in, compiler) && compiler == joined(compiler_command()) &&
        options.rfind("-fuse-ld=", 0) == 0) {
      std::istringstream words(options);
      for (std::string w; words >> w;) f.push_back(w);
    }
    return f;
  }();
  return flags;
}

}  // namespace rpy::toolchain
