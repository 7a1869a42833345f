#include "toolchain/compiler.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace rpy::toolchain {

namespace fs = std::filesystem;

std::string compiler_path() {
  const char* cxx = std::getenv("CXX");
  return cxx && *cxx ? cxx : RPY_DEFAULT_CXX;
}

static std::string runtime_root_include() {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/include";
  return std::string(RPY_SOURCE_DIR) + "/runtime";
}
std::string runtime_include_dir() { return runtime_root_include(); }
std::string runtime_build_file(const std::string& name) {
  if (const char* d = std::getenv("RPY_RUNTIME_DIR")) return std::string(d) + "/" + name;
  return std::string(RPY_BUILD_DIR) + "/runtime/" + name;
}
std::string runtime_library() { return runtime_build_file("librpyrt.a"); }
std::string runtime_jit_library() { return runtime_build_file("librpyjit.a"); }

// Splits "$CXX" into words (a compiler may be given as "ccache g++").
static std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

static std::string quote(const std::string& s) {
  if (!s.empty() && s.find_first_of(" \t'\"\\$") == std::string::npos) return s;
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::vector<std::string> program_flags(int opt_level, bool debug_info, bool line_tables) {
  std::vector<std::string> flags = {"-std=gnu++20", "-O" + std::to_string(opt_level), "-fwrapv", "-ffp-contract=off",
                                    "-fno-strict-aliasing",
                                    "-fno-optimize-sibling-calls",  // no recursion turned into loops: rpy::check_stack must see it
                                    // Loop heads on 32-byte boundaries: an interpreter's dispatch loop otherwise runs 0-20%
                                    // slower depending on where unrelated code puts it (measured on the BF interpreter, see
                                    // docs/PERFORMANCE.md); neutral elsewhere.
                                    "-falign-loops=32",
                                    // -O3's limit for inlining functions not declared inline (-O2's is 15): small
                                    // functions such as spectral-norm's eval_A inline into their loops (2.0x -> 1.2x
                                    // of C++ there, see docs/PERFORMANCE.md); as fast as -O3 on the suite.
                                    "--param=max-inline-insns-auto=30",
                                    // IEEE results bit for bit, as CPython computes them: without it g++ folds
                                    // `x * -1.0` into `-x`, which flips a NaN's sign where mulsd keeps it
                                    // (math.copysign shows it). No cost measured on nbody and spectral-norm.
                                    // clang ignores it (docs/TYPES.md, floats).
                                    "-fsignaling-nans", "-w"};
  // Each raise or stop keeps its own call: g++ otherwise merges identical blocks such as `call
  // rpy::stop_int_overflow()` of different lines (tail merging, cross-jumping), and the traceback,
  // read from the return address, named another line and function (an inlined `x * k` for a
  // `10 ** 20` further down). No cost measured on bench/ (docs/PERFORMANCE.md); clang rejects them.
  if (compiler_is_gcc()) {
    flags.push_back("-fno-tree-tail-merge");
    flags.push_back("-fno-crossjumping");
  }
  if (debug_info)
    flags.push_back("-g");
  else if (line_tables)
    flags.push_back("-g1");
  // DWARF 4: binutils' addr2line (2.40) does not expand the inlined frames of clang's DWARF 5
  // line tables, so a traceback through inlined functions lost every frame (g++ is unaffected).
  if (debug_info || line_tables) flags.push_back("-gdwarf-4");
#ifdef RPY_SANITIZE_RUNTIME
  flags.push_back("-fsanitize=address,undefined");
  flags.push_back("-fno-sanitize-recover=undefined");
#endif
  return flags;
}

std::vector<std::string> compiler_command() {
  std::vector<std::string> argv = split_words(compiler_path());
  if (argv.empty()) argv.push_back("c++");
  return argv;
}

std::string runtime_gc_library() { return runtime_build_file("librpygc.a"); }

static std::vector<std::string> command_line(const CompileRequest& req) {
  std::vector<std::string> argv = compiler_command();
  std::vector<std::string> flags = program_flags(req.opt_level, req.debug_info, req.line_tables);
  // The precompiled runtime header (pch.cpp), where the build made one for this compiler.
  for (auto& f : pch_flags(req.opt_level)) flags.push_back(f);
  flags.push_back("-I" + runtime_include_dir());
  argv.insert(argv.end(), flags.begin(), flags.end());
  argv.push_back(req.cpp_file);
  if (req.jit) argv.push_back(runtime_jit_library());
  argv.push_back(runtime_library());
  if (req.gc_gen) argv.push_back(runtime_gc_library());
  if (req.jit && std::string(RPY_ASMJIT_LIBRARY).size()) argv.push_back(RPY_ASMJIT_LIBRARY);  // the JIT's backend
  argv.push_back("-lgc");
  for (auto& f : linker_flags()) argv.push_back(f);
  argv.push_back("-o");
  argv.push_back(req.output);
  return argv;
}

static std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void run_logged(const std::vector<std::string>& command, const std::string& log, CompileResult& r) {
  std::vector<std::string> argv = command;
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
    r.spawn_error = err;
    return;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.diagnostics = read_all(log);
  std::error_code ec;
  fs::remove(log, ec);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  if (WIFEXITED(status)) r.exit_status = WEXITSTATUS(status);
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

CompileResult compile(const CompileRequest& req) {
  CompileResult r;
  std::vector<std::string> argv = command_line(req);
  for (size_t i = 0; i < argv.size(); ++i) r.command += (i ? " " : "") + quote(argv[i]);
  if (req.jit && !fs::exists(runtime_jit_library())) {
    r.diagnostics = "rpy's JIT library is missing: " + runtime_jit_library() + " (build the `rpyjit` target, or set RPY_RUNTIME_DIR)";
    return r;
  }
  if (!fs::exists(runtime_library())) {
    r.runtime_missing = true;
    return r;
  }
  std::string log = (req.log_dir.empty() ? req.output : (fs::path(req.log_dir) / "compile").string()) + ".log";
  run_logged(argv, log, r);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Why it failed

static std::string first_lines(const std::string& text, size_t max_lines) {
  std::string out;
  size_t lines = 0, i = 0;
  while (i < text.size() && lines < max_lines) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    out += "  " + text.substr(i, j - i) + "\n";
    ++lines;
    i = j + 1;
  }
  if (i < text.size()) out += "  ...\n";
  return out;
}

// Compiler and linker messages that mean the machine, not the C++ source, is the problem.
struct EnvironmentSign {
  const char* text;
  const char* meaning;
  bool about_files = false;  // names a file the compiler could not write
};
static const EnvironmentSign kEnvironmentSigns[] = {
    {"No space left on device", "the disk is full", true},
    {"Disk quota exceeded", "the disk quota is exhausted", true},
    {"File too large", "a file size limit was reached", true},
    {"Read-only file system", "a read-only file system", true},
    {"Permission denied", "permission denied", true},
    {"Cannot allocate memory", "the machine ran out of memory"},
    {"out of memory", "the machine ran out of memory"},
    {"virtual memory exhausted", "the machine ran out of memory"},
    {"Killed signal terminated program", "the compiler was killed (often: the machine ran out of memory)"},
    {"cannot find -lgc", "the Boehm GC library is not installed (Debian: apt-get install libgc-dev)"},
    {"gc/gc.h: No such file", "the Boehm GC headers are not installed (Debian: apt-get install libgc-dev)"},
    {"gc.h: No such file", "the Boehm GC headers are not installed (Debian: apt-get install libgc-dev)"},
    {"unrecognized command-line option", "the compiler rejects an option of the command below (rpy needs g++ 10+ or clang 12+)"},
    {"unrecognized command line option", "the compiler rejects an option of the command below (rpy needs g++ 10+ or clang 12+)"},
    {"unknown argument", "the compiler rejects an option of the command below (rpy needs g++ 10+ or clang 12+)"},
    {"invalid value 'gnu++20'", "the compiler does not know C++20 (rpy needs g++ 10+ or clang 12+)"},
};

static const EnvironmentSign* environment_sign(const std::string& text, std::string* line) {
  for (const auto& s : kEnvironmentSigns) {
    size_t at = text.find(s.text);
    if (at == std::string::npos) continue;
    size_t b = text.rfind('\n', at);
    b = b == std::string::npos ? 0 : b + 1;
    size_t e = text.find('\n', at);
    *line = text.substr(b, e == std::string::npos ? std::string::npos : e - b);
    return &s;
  }
  return nullptr;
}

static std::string signal_text(int sig) {
  const char* name = strsignal(sig);
  std::string s = "signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : "");
  if (sig == SIGKILL) s += "; often the machine ran out of memory";
  return s;
}

// Compiles `int main` against rpy's runtime with the same compiler and flags. Empty if that works,
// else what went wrong ("exit status 1, no output"), with the compiler's first lines in *output.
static std::string probe_compiler(const CompileRequest& req, std::string* output) {
  std::string dir = req.log_dir.empty() ? fs::path(req.cpp_file).parent_path().string() : req.log_dir;
  CompileRequest probe = req;
  probe.cpp_file = (fs::path(dir) / "rpy_probe.cpp").string();
  probe.output = (fs::path(dir) / "rpy_probe").string();
  probe.opt_level = 0;
  {
    std::ofstream out(probe.cpp_file);
    out << "#include \"rpy/core.hpp\"\nint main() { return 0; }\n";
    if (!out) return std::string("cannot write ") + probe.cpp_file + ": " + std::strerror(errno);
  }
  CompileResult r = compile(probe);
  std::error_code ec;
  fs::remove(probe.cpp_file, ec);
  fs::remove(probe.output, ec);
  if (r.ok) return {};
  if (r.spawn_error) return std::strerror(r.spawn_error);
  if (r.signal) return "killed by " + signal_text(r.signal);
  *output = first_lines(r.diagnostics, 12);
  return "exit status " + std::to_string(r.exit_status) + (r.diagnostics.empty() ? ", no output" : "");
}

Failure explain_failure(const CompileRequest& req, const CompileResult& r) {
  Failure f;
  std::string cxx = compiler_path();
  if (r.runtime_missing) {
    f.message = "rpy's runtime library is missing: " + runtime_library() + " (build the `rpyrt` target, or set RPY_RUNTIME_DIR)";
    return f;
  }
  if (r.spawn_error) {
    f.message = "cannot run the C++ compiler '" + cxx + "': " + std::strerror(r.spawn_error) +
                (std::getenv("CXX") && *std::getenv("CXX") ? " (it comes from $CXX)" : " (install g++, or set $CXX to a C++20 compiler)");
    return f;
  }
  if (r.signal) {
    f.message = "the C++ compiler '" + cxx + "' was killed by " + signal_text(r.signal) + "\n  command: " + r.command;
    return f;
  }
  std::string line;
  if (const EnvironmentSign* s = environment_sign(r.diagnostics, &line)) {
    std::string files = s->about_files ? " (writing the executable '" + req.shown_output + "' or the compiler's temporary files)" : "";
    f.message = "the C++ compiler '" + cxx + "' failed: " + s->meaning + files + ":\n  " + line + "\n  command: " + r.command;
    return f;
  }
  std::string output;
  std::string probe = probe_compiler(req, &output);
  if (!probe.empty()) {
    f.message = "the C++ compiler '" + cxx + "' does not work: it fails on an empty program too (" + probe +
                "), so neither your program nor rpy is the cause\n  command: " + r.command + "\n" + output;
    if (f.message.back() == '\n') f.message.pop_back();
    return f;
  }
  f.rpy_bug = true;
  f.message =
      "the generated C++ did not compile. This is a bug in rpy, not in your program;\n"
      "rerun with --source DIR to keep the C++. Compiler output:\n" +
      r.diagnostics.substr(0, 4000);
  return f;
}

}  // namespace rpy::toolchain
