// Comparisons between commands: hyperfine's relative speeds (against --reference or the
// fastest command) plus the extras: Fieller CI of each ratio, Welch and Mann-Whitney p-values.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "bench/result.hpp"

namespace rpy::bench {

struct Relative {
  size_t index;  // into the results
  bool is_reference;
  double ratio;         // mean(this) / mean(reference)
  double ratio_stddev;  // hyperfine's propagated error
  stats::Interval ratio_ci;
  double welch_p = 1, mann_whitney_p = 1;
  bool significant = false;  // both tests below alpha
};

// Index of the reference: the --reference command, else the fastest. nullopt if empty or
// when some mean is zero (hyperfine then prints a note instead of the comparison).
std::optional<size_t> reference_index(const std::vector<BenchmarkResult>& results);
std::vector<Relative> relative_speeds(const std::vector<BenchmarkResult>& results, size_t ref, double confidence, double alpha);

}  // namespace rpy::bench
