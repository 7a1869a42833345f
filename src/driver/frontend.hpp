// The stages `rpy translate` and `rpy check` share: read the input, import the program (module-
// level code runs), call target() for the entry point, infer the types of the whole program, and
// run the checks and analyses that code generation relies on.
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "annotate/annotator.hpp"
#include "common/diagnostics.hpp"
#include "modules/loader.hpp"

namespace rpy::driver {

using Clock = std::chrono::steady_clock;
// Seconds elapsed since t (the stages' timings).
inline double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct FrontendOptions {
  std::string command;  // "rpy translate", "rpy check": the prefix of the driver's own messages
  std::string outcome;  // ends the summary line after errors: "; no executable was written."
  std::string input;
  std::vector<std::string> target_args;  // passed to target(driver, args)
  bool stack_alloc = true;               // escape analysis (opt/escape)
  int python = 0;                        // --python=2|3; 0: decided from the program (RPYTHON.md section 5)
  std::string opt = "2";                 // --opt: shown in sys.argv at import time
  bool jit = false;                      // --opt=jit: the annotator keeps what the JIT's codewriter needs
  bool quiet = false;                    // collect the errors without printing them (the fuzz target)
  uint64_t step_limit = 0;               // modules::Interp::step_limit
};

// Everything the front end produced, owned in one place (later stages point into it).
struct Program {
  explicit Program(FrontendOptions o);
  FrontendOptions opts;
  SourceManager sm;
  Diagnostics diags{sm};
  std::unique_ptr<modules::Loader> loader;
  std::unique_ptr<annotate::Annotator> ann;
  modules::Ref entry;
  bool script = false;   // no target(): the `if __name__ == '__main__':` block is the program
  std::string exe_name;  // driver.exe_name, if target() set it
  double import_seconds = 0, annotate_seconds = 0;

  // Prints "<command>: error: <message>" on stderr; returns 1 (the exit status).
  int fail(const std::string& message) const;
  // Prints the collected diagnostics and the summary line "rpy: N errors<outcome>"; returns 1.
  int report();
};

// Each returns 0 when the stage succeeded, else the exit status, after printing the errors.
// check_input: the input is a readable regular source file of a sane size.
int check_input(Program& p);
// parse_only: parses the main module (for --dump-ast and --stop-after=parse).
int parse_only(Program& p, bool dump_ast);
// load: parses and imports the program and finds its entry point.
int load(Program& p);
// analyse: type inference from the entry point, then escape analysis and recursion marking.
int analyse(Program& p);

}  // namespace rpy::driver
