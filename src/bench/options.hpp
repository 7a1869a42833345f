// Command-line options of `rpy bench`: hyperfine 1.20's options plus the extras.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace rpy::bench {

enum class Style { Auto, Basic, Full, NoColor, Color, None };
enum class SortOrder { Auto, Command, MeanTime };
enum class TimeUnit { Auto, Second, MilliSecond, MicroSecond };
enum class ExportFormat { Json, Csv, Markdown, AsciiDoc, OrgMode };

struct OutputPolicy {
  enum Kind { Null, Pipe, Inherit, File } kind = Null;
  std::string path;
};

struct ExportTarget {
  ExportFormat format;
  std::string path;  // "-" = stdout
};

struct ParameterScan {
  std::string var, min, max;
  std::optional<std::string> step;
};

struct Options {
  std::vector<std::string> commands;
  std::vector<std::string> names;
  std::uint64_t warmup = 0;
  std::uint64_t min_runs = 10;
  std::optional<std::uint64_t> max_runs;
  bool runs_given = false;  // -r/--runs
  double min_time = 3.0;    // seconds of benchmarking per command
  std::vector<std::string> setup, prepare, conclude, cleanup;
  std::optional<ParameterScan> scan;
  std::vector<std::pair<std::string, std::string>> lists;  // raw VAR, VALUES
  // Shell: empty = none (-N); otherwise argv prefix, e.g. {"sh"} or {"bash","--norc"}.
  std::vector<std::string> shell{"sh"};
  bool shell_is_none = false;
  enum class Ignore { None, All, Codes } ignore = Ignore::None;
  std::set<int> ignore_codes;
  Style style = Style::Auto;
  SortOrder sort = SortOrder::Auto;
  TimeUnit unit = TimeUnit::Auto;
  std::vector<ExportTarget> exports;
  std::vector<OutputPolicy> outputs;  // once, or once per command
  std::optional<std::string> input;   // file; nullopt = /dev/null
  std::optional<std::string> reference;
  std::optional<std::string> reference_name;
  // Extras (names collide with none of hyperfine's options).
  bool memory = false;
  double confidence = 0.95;
  double significance = 0.05;
  bool interleave = false;
  std::optional<double> adaptive;  // relative CI width target
  double time_budget = 60.0;       // seconds per command in adaptive mode
  std::vector<int> pin_cpus;
  bool env_check = true;
  bool counters = false;
  std::optional<std::string> save_baseline;
  std::optional<std::string> baseline;
  bool show_ci = false;            // --ci[=LEVEL]: CIs for means and ratios in the report
  bool show_significance = false;  // --significance[=ALPHA]: verdict between commands
};

// Result of parsing: either options, or a message to print and an exit status.
struct ParseOutcome {
  std::optional<Options> options;
  int exit_code = 0;
  std::string out;  // text for stdout (help/version)
  std::string err;  // text for stderr (errors)
};

ParseOutcome parse_options(int argc, char** argv);
std::string help_text();

}  // namespace rpy::bench
