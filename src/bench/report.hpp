// The terminal report in hyperfine's layout ("Benchmark 1: cmd", "Time (mean ± σ)",
// "Range (min … max)", warnings, the "Summary"), colors, and the live progress bar.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench/options.hpp"
#include "bench/result.hpp"

namespace rpy::bench {

class Report {
 public:
  explicit Report(const Options& o);

  bool quiet() const { return quiet_; }
  bool colored() const { return color_; }
  // Text styling (no-ops without colors).
  std::string bold(const std::string& s) const;
  std::string green(const std::string& s) const;
  std::string bold_green(const std::string& s) const;
  std::string blue(const std::string& s) const;
  std::string cyan(const std::string& s) const;
  std::string magenta(const std::string& s) const;
  std::string yellow(const std::string& s) const;
  std::string red(const std::string& s) const;
  std::string dim(const std::string& s) const;

  void header(size_t number, const std::string& name);
  void result(const BenchmarkResult& r);
  void warnings(const BenchmarkResult& r, bool shell_mode);
  void blank_line();  // hyperfine's " " line after each benchmark
  void summary(const std::vector<BenchmarkResult>& results);
  void error(const std::string& msg);    // "Error: msg" on stderr (always shown)
  void warning(const std::string& msg);  // "Warning: msg" on stderr
  void note(const std::string& msg);     // "Note: msg" on stderr

  // Progress bar (only drawn when interactive).
  void progress_start(const std::string& label, std::uint64_t total);
  void progress_update(std::uint64_t done, const std::string& message);
  void progress_set_total(std::uint64_t total) { total_ = total; }
  void progress_clear();

 private:
  const Options& o_;
  bool quiet_, color_, interactive_;
  bool bar_visible_ = false;
  std::uint64_t total_ = 0;
  std::string label_;
  double bar_start_ = 0;
  int spin_ = 0;
};

double monotonic_seconds();

}  // namespace rpy::bench
