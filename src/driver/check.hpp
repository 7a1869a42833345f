// `rpy check`: every stage of `rpy translate` up to and including type inference and the checks
// of code generation, without writing or compiling anything.
#pragma once
#include <string>
#include <vector>

namespace rpy::driver {

struct CheckOptions {
  std::string input;
  std::vector<std::string> target_args;  // passed to target(driver, args)
  int python = 0;                        // --python=2|3; 0: decided from the program
  bool dump_types = false;
  bool timings = false;
  bool quiet = false;  // no summary line when the program is fine
};

// Exit status: 0 the program translates, 1 it has errors (or cannot be read).
int run_check(const CheckOptions& opts);

}  // namespace rpy::driver
