// The linker translations use. Linking a small translated program with the system's default
// linker (GNU ld.bfd) takes about a third of its compile-and-link CPU time (0.25 s of 0.65 s for a
// test program), and gold, which binutils installs beside it, links the same executable in about
// half that. The build probes once, with the compiler it precompiled the runtime header for, whether
// `-fuse-ld=gold` links a program against the runtime's libraries, and records the answer in
// DIR/linker.txt (the option on the first line, the compiler command on the second);
// translations add the option only when they use that same compiler.
#include <filesystem>
#include <fstream>

#include "toolchain/compiler.hpp"

namespace rpy::toolchain {

namespace fs = std::filesystem;

static std::string linker_file(const std::string& dir) { return (fs::path(dir) / "linker.txt").string(); }

void probe_linker(const std::string& dir) {
  std::error_code ec;
  fs::remove(linker_file(dir), ec);
  fs::path src = fs::path(dir) / ".probe_linker.cpp", exe = fs::path(dir) / ".probe_linker";
  {
    std::ofstream out(src);
    out << "#include <gc/gc.h>\nint main() { GC_INIT(); return GC_MALLOC(8) == nullptr; }\n";
    if (!out) return;
  }
  const std::string option = "-fuse-ld=gold";
  std::vector<std::string> argv = compiler_command();
  for (auto& f : program_flags(0, false, false)) argv.push_back(f);
  argv.push_back(option);
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
  if (!ok) return;
  std::ofstream info(linker_file(dir));
  info << option << "\n" << joined(compiler_command()) << "\n";
}

std::vector<std::string> linker_flags() {
  static const std::vector<std::string> flags = [] {
    std::vector<std::string> f;
    std::ifstream in(linker_file(pch_root()));
    std::string option, compiler;
    if (in && std::getline(in, option) && std::getline(in, compiler) && compiler == joined(compiler_command()) &&
        option.rfind("-fuse-ld=", 0) == 0)
      f.push_back(option);
    return f;
  }();
  return flags;
}

}  // namespace rpy::toolchain
