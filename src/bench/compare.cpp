#include "bench/compare.hpp"

namespace rpy::bench {

std::optional<size_t> reference_index(const std::vector<BenchmarkResult>& results) {
  if (results.empty()) return std::nullopt;
  for (auto& r : results)
    if (!(r.mean > 0)) return std::nullopt;
  for (size_t i = 0; i < results.size(); ++i)
    if (results[i].is_reference) return i;
  size_t best = 0;
  for (size_t i = 1; i < results.size(); ++i)
    if (results[i].mean < results[best].mean) best = i;
  return best;
}

std::vector<Relative> relative_speeds(const std::vector<BenchmarkResult>& results, size_t ref, double confidence, double alpha) {
  std::vector<Relative> out;
  const auto& r0 = results[ref];
  for (size_t i = 0; i < results.size(); ++i) {
    Relative rel;
    rel.index = i;
    rel.is_reference = i == ref;
    auto ratio = stats::ratio_of_means(results[i].times, r0.times, confidence);
    rel.ratio = ratio.value;
    rel.ratio_stddev = ratio.stddev;
    rel.ratio_ci = ratio.ci;
    if (i != ref) {
      rel.welch_p = stats::welch_t_test(results[i].times, r0.times).p;
      rel.mann_whitney_p = stats::mann_whitney_u(results[i].times, r0.times).p;
      rel.significant = rel.welch_p < alpha && rel.mann_whitney_p < alpha;
    }
    out.push_back(rel);
  }
  return out;
}

}  // namespace rpy::bench
