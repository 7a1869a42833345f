// Benchmark commands: {VAR} substitution, -P/--parameter-scan ranges, -L/--parameter-list
// Cartesian products, and -n/--command-name assignment, in hyperfine's order.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bench/options.hpp"

namespace rpy::bench {

using Parameters = std::vector<std::pair<std::string, std::string>>;  // in declaration order

struct Command {
  std::optional<std::string> name;  // -n (template, substituted on use)
  std::string expression;           // the command template
  Parameters parameters;
  bool is_reference = false;

  std::string substitute(const std::string& s) const;  // replaces every {VAR}
  std::string command() const { return substitute(expression); }
  std::string display_name() const { return name ? substitute(*name) : command(); }
  // display_name() + " (var = value, ...)" for parameters not used in the expression.
  std::string name_with_unused_parameters() const;
};

struct ExpandResult {
  std::vector<Command> commands;
  std::string error;  // non-empty: hyperfine-style error message (exit 1)
};

ExpandResult expand_commands(const Options& o);

// Parameter range helpers (exposed for unit tests).
struct RangeResult {
  std::vector<std::string> values;
  std::string error;
};
RangeResult parameter_range(const std::string& min, const std::string& max, const std::optional<std::string>& step);
std::vector<std::string> split_parameter_list(const std::string& values);

}  // namespace rpy::bench
