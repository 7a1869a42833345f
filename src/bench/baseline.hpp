// Saved baselines: --save-baseline FILE writes this run (JSON, hyperfine's format plus extras);
// --baseline FILE compares each command with the saved run of the same name.
#pragma once
#include <string>
#include <vector>

#include "bench/options.hpp"
#include "bench/report.hpp"
#include "bench/result.hpp"

namespace rpy::bench {

struct BaselineEntry {
  std::string command;
  std::vector<double> times;
};

// Loads any hyperfine-style JSON export. Returns "" or an error message.
std::string load_baseline(const std::string& path, std::vector<BaselineEntry>& out);
// Prints the comparison section. Returns the number of commands compared.
size_t compare_with_baseline(const std::vector<BenchmarkResult>& results, const std::vector<BaselineEntry>& base, const Options& o,
                             Report& report, const std::string& path);

}  // namespace rpy::bench
