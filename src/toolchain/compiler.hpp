// Invoking the system C++ compiler on generated code, against rpy's runtime, and telling apart
// why it failed: the environment (no compiler, a broken one, a full disk, a missing library),
// which is named with the system's reason, or the generated code, which is a bug in rpy.
#pragma once
#include <string>
#include <vector>

namespace rpy::toolchain {

struct CompileRequest {
  std::string cpp_file;      // generated translation unit
  std::string output;        // executable to write
  std::string shown_output;  // the executable's name in messages (output may be a temporary name)
  std::string log_dir;       // where the compiler's output is collected (a scratch directory)
  int opt_level = 2;         // -O<n>
  bool debug_info = false;
  bool line_tables = true;  // -g1: the .py line tables that tracebacks read
  bool jit = false;         // link the JIT's run-time library (--opt=jit)
  bool gc_gen = false;      // link rpy's own collector (--gc=gen)
};

struct CompileResult {
  bool ok = false;
  std::string command;
  std::string diagnostics;  // compiler output when it failed
  double seconds = 0;
  int spawn_error = 0;  // errno when the compiler could not be started
  int signal = 0;       // the signal that killed the compiler
  int exit_status = 0;  // its exit status otherwise
  bool runtime_missing = false;
};

// Why a compile failed, as the user should read it.
struct Failure {
  bool rpy_bug = false;  // the compiler works, rpy's C++ does not compile
  std::string message;   // one or more lines, without the "rpy translate: error: " prefix
};

// The compiler: $CXX, else c++. Runtime headers and library from $RPY_RUNTIME_DIR, else the
// build tree rpy was built in.
std::string compiler_path();
std::string runtime_include_dir();
// A file the build writes for translations: $RPY_RUNTIME_DIR/NAME, else the build tree's runtime/NAME.
std::string runtime_build_file(const std::string& name);
std::string runtime_library();
std::string runtime_jit_library();  // librpyjit.a beside librpyrt.a
std::string runtime_gc_library();   // librpygc.a beside librpyrt.a (--gc=gen)
CompileResult compile(const CompileRequest& req);
// The flags every generated program is compiled with (after the compiler's own words).
std::vector<std::string> program_flags(int opt_level, bool debug_info, bool line_tables);
// Whether $CXX (else c++) is g++: the family the build recorded for that command, else its
// --version (pch.cpp).
bool compiler_is_gcc();
// $CXX split into words ("ccache g++"), else {"c++"}.
std::vector<std::string> compiler_command();
// Runs a command with its stdout and stderr collected in the file `log` (read into
// r.diagnostics, then removed); fills r's status fields.
void run_logged(const std::vector<std::string>& command, const std::string& log, CompileResult& r);

// The precompiled runtime header (pch.cpp): the compiler parses rpy/rpy.hpp once per set of flags
// instead of once per translation. The flags that use it for a compile at -O<opt_level> (before
// the runtime's -I), or none (not built, another compiler, or RPY_NO_PCH set).
std::vector<std::string> pch_flags(int opt_level);
// Precompiles rpy/rpy.hpp into DIR for each optimisation level in `levels`, with the flags
// program_flags gives (line tables on: g++ also uses such a header when no debug information is
// asked for). Returns "" on success, else what failed; *note says why nothing was done, if so.
std::string precompile_runtime(const std::string& dir, const std::vector<int>& levels, std::string* note);
// Where the build put the precompiled header and the linker's probe ($RPY_RUNTIME_DIR/pch, else
// the build tree's runtime/pch), and a command's words joined by spaces (as recorded there).
std::string pch_root();
std::string joined(const std::vector<std::string>& words);
// The linker (linker.cpp): probe_linker(DIR) records in DIR whether the compiler links faster with
// gold; linker_flags() is the option to add for that compiler (none for another, or if unknown).
void probe_linker(const std::string& dir);
std::vector<std::string> linker_flags();
// Explains a failed compile; may compile a trivial program with the same compiler and flags to
// find out whether the compiler works at all.
Failure explain_failure(const CompileRequest& req, const CompileResult& r);

}  // namespace rpy::toolchain
