// Invoking the system C++ compiler on generated code, against rpy's runtime.
#pragma once
#include <string>
#include <vector>

namespace rpy::toolchain {

struct CompileRequest {
  std::string cpp_file;  // generated translation unit
  std::string output;    // executable to write
  int opt_level = 2;     // -O<n>
  bool debug_info = false;
  bool line_tables = true;  // -g1: the .py line tables that tracebacks read
  bool print_command = false;
  bool jit = false;  // link the JIT's run-time library (--opt=jit)
};

struct CompileResult {
  bool ok = false;
  std::string command;
  std::string diagnostics;  // compiler output when it failed
  double seconds = 0;
};

// The compiler: $CXX, else c++. Runtime headers and library from $RPY_RUNTIME_DIR, else the
// build tree rpy was built in.
std::string compiler_path();
std::string runtime_include_dir();
std::string runtime_library();
std::string runtime_jit_library();  // librpyjit.a beside librpyrt.a
CompileResult compile(const CompileRequest& req);

}  // namespace rpy::toolchain
