// The precompiled runtime header. Parsing rpy/rpy.hpp (the runtime and the C++ library headers
// it includes) is most of g++'s work on a small program: about 0.3 s of 0.35 s CPU. The build
// precompiles it once per optimisation level the tests and translations use; g++ then looks for
// rpy/rpy.hpp.gch/ before rpy/rpy.hpp in each include directory and uses the first file in it
// that was built with the flags of the compile at hand (a file built with other flags is
// skipped, and with none usable g++ reads the header as usual). clang++ ignores the directory.
// Generated programs include rpy/rpy.hpp before anything else, as g++ requires.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "toolchain/compiler.hpp"

namespace rpy::toolchain {

namespace fs = std::filesystem;

static std::string pch_root() {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/pch";
  return std::string(RPY_BUILD_DIR) + "/runtime/pch";
}

std::string runtime_pch_dir() {
  static const std::string dir = [] {
    const char* off = std::getenv("RPY_NO_PCH");
    if (off && *off && std::string(off) != "0") return std::string();
    std::error_code ec;
    std::string root = pch_root();
    return fs::is_directory(root + "/rpy/rpy.hpp.gch", ec) ? root : std::string();
  }();
  return dir;
}

std::string precompile_runtime(const std::string& dir, const std::vector<int>& levels) {
  std::error_code ec;
  fs::path final_dir = fs::path(dir) / "rpy" / "rpy.hpp.gch";
  fs::path tmp_dir = fs::path(dir) / "rpy" / ("rpy.hpp.gch.tmp" + std::to_string(getpid()));
  fs::remove_all(tmp_dir, ec);
  fs::create_directories(tmp_dir, ec);
  if (ec) return "cannot create " + tmp_dir.string() + ": " + ec.message();
  std::string header = runtime_include_dir() + "/rpy/rpy.hpp";
  for (int level : levels) {
    std::vector<std::string> argv = compiler_command();
    for (auto& f : program_flags(level, false, true)) argv.push_back(f);
    std::string out = (tmp_dir / ("O" + std::to_string(level) + ".gch")).string();
    argv.push_back("-I" + runtime_include_dir());
    argv.push_back("-x");
    argv.push_back("c++-header");
    argv.push_back(header);
    argv.push_back("-o");
    argv.push_back(out);
    CompileResult r;
    run_logged(argv, out + ".log", r);
    if (!r.ok) {
      fs::remove_all(tmp_dir, ec);
      std::string why = r.spawn_error ? "cannot run the compiler" : r.diagnostics.substr(0, 2000);
      return "precompiling " + header + " at -O" + std::to_string(level) + " failed: " + why;
    }
  }
  fs::remove_all(final_dir, ec);
  fs::rename(tmp_dir, final_dir, ec);
  if (ec) return "cannot rename " + tmp_dir.string() + " to " + final_dir.string() + ": " + ec.message();
  return {};
}

}  // namespace rpy::toolchain
