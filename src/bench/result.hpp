// The measurements and summary statistics of one benchmarked command.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench/commands.hpp"
#include "bench/stats.hpp"

namespace rpy::bench {

struct BenchmarkResult {
  Command command;
  std::string name;                                     // JSON "command": -n name or the substituted command
  std::string name_with_unused;                         // terminal / summary name
  std::vector<double> times, user_times, system_times;  // seconds, shell spawn time subtracted
  std::vector<std::optional<int>> exit_codes;
  std::vector<std::int64_t> memory_bytes;           // per-run peak RSS (wait4 ru_maxrss * 1024)
  std::vector<std::uint64_t> instructions, cycles;  // per run, when --counters works
  bool is_reference = false;

  // Summary statistics, filled by summarize().
  double mean = 0, stddev = 0, median = 0, user = 0, system = 0, min = 0, max = 0;
  bool has_stddev = false;
  stats::Interval mean_ci{0, 0, false};
  void summarize(double confidence);
};

}  // namespace rpy::bench
