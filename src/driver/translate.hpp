// `rpy translate`: the pipeline from a .py file to an executable.
#pragma once
#include <string>
#include <vector>

namespace rpy::driver {

struct TranslateOptions {
  std::string input;
  std::vector<std::string> target_args;  // passed to target(driver, args)
  std::string output;                    // default: ./<module>-c
  std::string opt = "2";                 // 0|1|2|3|jit
  int jit_cxx_opt = 2;                   // with opt == "jit": the C++ compiler's -O level
  std::string source_dir;                // keep the generated C++ here
  std::string stop_after;                // parse|import|annotate|codegen
  std::string bundle_name;               // write the C++ as a part of a bundle (codegen/emit_bundle.hpp)
  std::string link_bundle;               // compile the parts in this directory into one executable
  bool timings = false;
  bool dump_ast = false;
  bool dump_ir = false;
  bool dump_types = false;
  bool dump_jitcode = false;  // implies opt == "jit"
  bool print_compiler_command = false;
  bool debug = false;
  bool line_directives = true;
  bool tracebacks = true;
  bool stack_alloc = true;   // escape analysis (opt/escape)
  std::string gc = "boehm";  // boehm|gen (docs/GC.md)
  int python = 0;            // --python=2|3; 0: decided from the program (RPYTHON.md section 5)
};

int run_translate(const TranslateOptions& opts);

}  // namespace rpy::driver
