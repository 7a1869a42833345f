#include "toolchain/compiler.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace rpy::toolchain {

namespace fs = std::filesystem;

std::string compiler_path() {
  const char* cxx = std::getenv("CXX");
  return cxx && *cxx ? cxx : "c++";
}

static std::string runtime_root_include() {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/include";
  return std::string(RPY_SOURCE_DIR) + "/runtime";
}
std::string runtime_include_dir() { return runtime_root_include(); }
std::string runtime_library() {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/librpyrt.a";
  return std::string(RPY_BUILD_DIR) + "/runtime/librpyrt.a";
}

std::string runtime_jit_library() {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/librpyjit.a";
  return std::string(RPY_BUILD_DIR) + "/runtime/librpyjit.a";
}

// Splits "$CXX" into words (a compiler may be given as "ccache g++").
static std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

static std::string quote(const std::string& s) {
  if (s.find_first_of(" \t'\"\\$") == std::string::npos) return s;
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

CompileResult compile(const CompileRequest& req) {
  CompileResult r;
  std::vector<std::string> argv = split_words(compiler_path());
  std::vector<std::string> flags = {"-std=gnu++20", "-O" + std::to_string(req.opt_level), "-fwrapv", "-ffp-contract=off",
                                    "-fno-strict-aliasing",
                                    "-fno-optimize-sibling-calls",  // no recursion turned into loops: rpy::check_stack must see it
                                    // Loop heads on 32-byte boundaries: an interpreter's dispatch loop otherwise runs 0-20%
                                    // slower depending on where unrelated code puts it (measured on the BF interpreter, see
                                    // docs/PERFORMANCE.md); neutral elsewhere.
                                    "-falign-loops=32", "-w", "-I" + runtime_include_dir()};
  if (req.debug_info)
    flags.push_back("-g");
  else if (req.line_tables)
    flags.push_back("-g1");
#ifdef RPY_SANITIZE_RUNTIME
  flags.push_back("-fsanitize=address,undefined");
  flags.push_back("-fno-sanitize-recover=undefined");
#endif
  argv.insert(argv.end(), flags.begin(), flags.end());
  argv.push_back(req.cpp_file);
  if (req.jit) argv.push_back(runtime_jit_library());
  argv.push_back(runtime_library());
  if (req.jit && std::string(RPY_ASMJIT_LIBRARY).size()) argv.push_back(RPY_ASMJIT_LIBRARY);  // the JIT's backend
  argv.push_back("-lgc");
  argv.push_back("-o");
  argv.push_back(req.output);
  for (size_t i = 0; i < argv.size(); ++i) r.command += (i ? " " : "") + quote(argv[i]);
  if (req.jit && !fs::exists(runtime_jit_library())) {
    r.diagnostics = "rpy's JIT library is missing: " + runtime_jit_library() + " (build the `rpyjit` target, or set RPY_RUNTIME_DIR)";
    return r;
  }
  if (!fs::exists(runtime_library())) {
    r.diagnostics = "rpy's runtime library is missing: " + runtime_library() + " (build the `rpyrt` target, or set RPY_RUNTIME_DIR)";
    return r;
  }
  std::string log = req.output + ".compile-log";
  std::vector<char*> cargv;
  for (auto& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid;
  int err = posix_spawnp(&pid, cargv[0], &fa, nullptr, cargv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (err != 0) {
    r.diagnostics = "cannot run the C++ compiler '" + argv[0] + "': " + std::string(strerror(err)) + " (set $CXX)";
    return r;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::ifstream in(log);
  std::stringstream ss;
  ss << in.rdbuf();
  r.diagnostics = ss.str();
  std::error_code ec;
  fs::remove(log, ec);
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return r;
}

}  // namespace rpy::toolchain
