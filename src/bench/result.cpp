#include "bench/result.hpp"

#include <cmath>

namespace rpy::bench {

void BenchmarkResult::summarize(double confidence) {
  mean = stats::mean(times);
  has_stddev = times.size() > 1;
  stddev = has_stddev ? stats::stddev(times) : 0;
  median = stats::median(times);
  user = stats::mean(user_times);
  system = stats::mean(system_times);
  min = stats::min(times);
  max = stats::max(times);
  mean_ci = stats::mean_ci(times, confidence);
}

}  // namespace rpy::bench
