// The precompiled runtime header. Parsing rpy/rpy.hpp (the runtime and the C++ library headers
// it includes) is most of the compiler's work on a small program: about 0.3 s of 0.35 s CPU. The
// build precompiles it once per optimisation level the tests and translations use, with the
// compiler the build's translations default to, and records which compiler that was:
// - g++: DIR/rpy/rpy.hpp.gch/O<n>.gch. g++ looks for rpy/rpy.hpp.gch/ before rpy/rpy.hpp in each
//   include directory and uses the first file in it built with the flags of the compile at hand
//   (others are skipped; with none usable it reads the header as usual), so DIR only has to come
//   first on the include path; another g++ version skips them too, and clang++ ignores them.
// - clang++: DIR/clang/O<n>.pch, passed with -include-pch only when the compile uses the same
//   compiler command and optimisation level (clang++ refuses a mismatched one outright).
// Generated programs include rpy/rpy.hpp before anything else, as both require.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>
#include <fstream>

#include "toolchain/compiler.hpp"

namespace rpy::toolchain {

namespace fs = std::filesystem;

std::string pch_root() { return runtime_build_file("pch"); }

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (auto& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

// What the build precompiled: DIR/compiler.txt holds the family ("gcc" or "clang") and the
// compiler command on two lines.
struct PchInfo {
  std::string root, family, compiler;
};

static const PchInfo& pch_info() {
  static const PchInfo info = [] {
    PchInfo i;
    const char* off = std::getenv("RPY_NO_PCH");
    if (off && *off && std::string(off) != "0") return i;
    std::ifstream in(pch_root() + "/compiler.txt");
    if (in && std::getline(in, i.family) && std::getline(in, i.compiler)) i.root = pch_root();
    return i;
  }();
  return info;
}

std::vector<std::string> pch_flags(int opt_level) {
  const PchInfo& info = pch_info();
  std::error_code ec;
  if (info.root.empty()) return {};
  if (info.family == "gcc" && fs::is_directory(info.root + "/rpy/rpy.hpp.gch", ec)) return {"-I" + info.root};
  std::string pch = info.root + "/clang/O" + std::to_string(opt_level) + ".pch";
  if (info.family == "clang" && joined(compiler_command()) == info.compiler && fs::exists(pch, ec)) return {"-include-pch", pch};
  return {};
}

// "gcc", "clang", or "" for a compiler this does not know how to precompile for.
static std::string compiler_family(const std::string& dir) {
  std::vector<std::string> argv = compiler_command();
  argv.push_back("--version");
  CompileResult r;
  run_logged(argv, dir + "/version.log", r);
  if (!r.ok) return "";
  if (r.diagnostics.find("clang") != std::string::npos) return "clang";
  if (r.diagnostics.find("Free Software Foundation") != std::string::npos) return "gcc";
  return "";
}

bool compiler_is_gcc() {
  static const bool gcc = [] {
    const PchInfo& info = pch_info();
    if (!info.family.empty() && joined(compiler_command()) == info.compiler) return info.family == "gcc";
    // Another compiler than the build's: asked once (its --version, in a directory of its own).
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec) / ("rpy-cxx-version-" + std::to_string(getpid()));
    fs::create_directories(dir, ec);
    bool is_gcc = !ec && compiler_family(dir.string()) == "gcc";
    fs::remove_all(dir, ec);
    return is_gcc;
  }();
  return gcc;
}

std::string precompile_runtime(const std::string& dir, const std::vector<int>& levels, std::string* note) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return "cannot create " + dir + ": " + ec.message();
  fs::remove(fs::path(dir) / "compiler.txt", ec);
  std::string family = compiler_family(dir);
  if (family.empty()) {
    *note = "'" + compiler_path() + "' is neither g++ nor clang++: nothing was precompiled";
    return {};
  }
  fs::path final_dir = family == "gcc" ? fs::path(dir) / "rpy" / "rpy.hpp.gch" : fs::path(dir) / "clang";
  fs::path tmp_dir = fs::path(dir) / (".tmp" + std::to_string(getpid()));
  fs::remove_all(tmp_dir, ec);
  fs::create_directories(tmp_dir, ec);
  if (ec) return "cannot create " + tmp_dir.string() + ": " + ec.message();
  std::string header = runtime_include_dir() + "/rpy/rpy.hpp";
  // One compiler per level, side by side (each takes seconds; the build runs this last, when
  // the other cores are idle).
  std::vector<CompileResult> results(levels.size());
  std::vector<std::thread> compilers;
  for (size_t i = 0; i < levels.size(); ++i) {
    std::vector<std::string> argv = compiler_command();
    for (auto& f : program_flags(levels[i], false, true)) argv.push_back(f);
    std::string out = (tmp_dir / ("O" + std::to_string(levels[i]) + (family == "gcc" ? ".gch" : ".pch"))).string();
    argv.push_back("-I" + runtime_include_dir());
    argv.push_back("-x");
    argv.push_back("c++-header");
    argv.push_back(header);
    argv.push_back("-o");
    argv.push_back(out);
    compilers.emplace_back([argv = std::move(argv), log = out + ".log", &r = results[i]] { run_logged(argv, log, r); });
  }
  for (auto& t : compilers) t.join();
  for (size_t i = 0; i < levels.size(); ++i) {
    const CompileResult& r = results[i];
    if (!r.ok) {
      fs::remove_all(tmp_dir, ec);
      std::string why = r.spawn_error ? "cannot run the compiler" : r.diagnostics.substr(0, 2000);
      return "precompiling " + header + " at -O" + std::to_string(levels[i]) + " failed: " + why;
    }
  }
  fs::remove_all(fs::path(dir) / "rpy", ec);
  fs::remove_all(fs::path(dir) / "clang", ec);
  fs::create_directories(final_dir.parent_path(), ec);
  fs::rename(tmp_dir, final_dir, ec);
  if (ec) return "cannot rename " + tmp_dir.string() + " to " + final_dir.string() + ": " + ec.message();
  std::ofstream info(fs::path(dir) / "compiler.txt");
  info << family << "\n" << joined(compiler_command()) << "\n";
  if (!info) return "cannot write " + (fs::path(dir) / "compiler.txt").string();
  probe_linker(dir);
  return {};
}

}  // namespace rpy::toolchain
