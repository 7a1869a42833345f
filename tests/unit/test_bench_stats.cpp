// Unit tests for rpy bench's statistics. The expected values were computed independently
// with Python 3 (statistics module) and mpmath at 50 digits: the Student t CDF from mpmath's
// regularized incomplete beta, quantiles with mpmath.findroot, Welch's t and df from their
// formulas, the exact Mann-Whitney p-value by enumerating every rank assignment with
// itertools.combinations, the asymptotic one with average ranks and the tie and continuity
// corrections, and Fieller's interval from its closed form (script:
// bench/harness/stats_reference.py).
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "bench/stats.hpp"

namespace st = rpy::bench::stats;

static const std::vector<double> A = {1.02, 0.98, 1.05, 1.01, 0.97, 1.03, 0.99, 1.00, 1.04, 0.96};
static const std::vector<double> B = {2.01, 1.97, 2.05, 2.02, 1.99, 2.03, 1.96, 2.00, 2.04, 1.98, 2.06, 1.95};

TEST(BenchStats, Summary) {
  EXPECT_NEAR(st::mean(A), 1.005, 1e-15);
  EXPECT_NEAR(st::stddev(A), 0.030276503540974945, 1e-15);  // statistics.stdev (n-1)
  EXPECT_NEAR(st::median(A), 1.005, 1e-15);
  EXPECT_NEAR(st::median(B), 2.005, 1e-15);
  EXPECT_DOUBLE_EQ(st::min(A), 0.96);
  EXPECT_DOUBLE_EQ(st::max(B), 2.06);
  EXPECT_TRUE(std::isnan(st::stddev({1.0})));
  EXPECT_DOUBLE_EQ(st::median({3.0, 1.0, 2.0}), 2.0);
}

TEST(BenchStats, ModifiedZScores) {
  auto z = st::modified_zscores({1.0, 1.1, 0.9, 1.05, 5.0});
  const double expect[] = {-0.6744907594765952, 0.6744907594765952, -2.023472278429784, 0.0, 53.28476999865098};
  for (int i = 0; i < 5; ++i) EXPECT_NEAR(z[i], expect[i], 1e-12);
  EXPECT_GT(z[4], st::kOutlierThreshold);
  auto flat = st::modified_zscores({1.0, 1.0, 1.0, 2.0});  // MAD = 0
  EXPECT_EQ(flat[0], 0.0);
  EXPECT_TRUE(std::isinf(flat[3]));
}

TEST(BenchStats, Distributions) {
  EXPECT_NEAR(st::normal_cdf(1.96), 0.97500210485177956, 1e-14);
  EXPECT_NEAR(st::student_t_cdf(1.5, 7), 0.91135075650501498, 1e-12);
  EXPECT_NEAR(st::student_t_cdf(-2.2, 3.5), 0.051166640162727985, 1e-12);
  EXPECT_NEAR(st::student_t_quantile(0.975, 9), 2.262157162798205, 1e-9);
  EXPECT_NEAR(st::student_t_quantile(0.995, 2), 9.9248432009182886, 1e-8);
  EXPECT_NEAR(st::student_t_quantile(0.975, 1), 12.706204736174693, 1e-8);
  EXPECT_NEAR(st::student_t_quantile(0.025, 9), -2.262157162798205, 1e-9);
}

TEST(BenchStats, MeanConfidenceInterval) {
  auto ci = st::mean_ci(A, 0.95);
  EXPECT_TRUE(ci.bounded);
  EXPECT_NEAR(ci.lo, 0.98334149410331818, 1e-10);
  EXPECT_NEAR(ci.hi, 1.0266585058966816, 1e-10);
  EXPECT_FALSE(st::mean_ci({1.0}, 0.95).bounded);
}

TEST(BenchStats, WelchTTest) {
  std::vector<double> a2;
  for (int i = 0; i < 8; ++i) a2.push_back(A[i] + 0.02);
  auto w = st::welch_t_test(a2, A);
  EXPECT_NEAR(w.statistic, 1.5806831048030608, 1e-9);
  EXPECT_NEAR(w.df, 15.803648325732655, 1e-8);
  EXPECT_NEAR(w.p, 0.13375488009398497, 1e-9);
  auto w2 = st::welch_t_test(A, B);
  EXPECT_NEAR(w2.statistic, -70.710678118654734, 1e-7);
  EXPECT_NEAR(w2.df, 19.994389901823281, 1e-7);
  EXPECT_NEAR(w2.p / 1.8014678453527056e-25, 1.0, 1e-5);
}

TEST(BenchStats, MannWhitneyExact) {
  auto r = st::mann_whitney_u({1.1, 2.3, 0.7, 3.9, 2.8}, {3.1, 4.5, 2.9, 5.2, 3.7, 4.8, 6.0});
  EXPECT_DOUBLE_EQ(r.statistic, 3.0);
  EXPECT_NEAR(r.p, 0.017676767676767676, 1e-12);  // = 14/792 by enumeration
}

TEST(BenchStats, MannWhitneyAsymptoticWithTies) {
  auto r = st::mann_whitney_u({1, 2, 2, 3, 4, 5, 5, 5, 6, 7}, {3, 4, 4, 5, 6, 7, 8, 8, 9, 9, 10});
  EXPECT_DOUBLE_EQ(r.statistic, 23.0);
  EXPECT_NEAR(r.p, 0.025568161854614807, 1e-10);
}

TEST(BenchStats, FiellerRatio) {
  auto r = st::ratio_of_means(B, A, 0.95);
  EXPECT_NEAR(r.value, 1.9950248756218907, 1e-12);
  EXPECT_NEAR(r.stddev, 0.069995224376476441, 1e-12);
  ASSERT_TRUE(r.ci.bounded);
  EXPECT_NEAR(r.ci.lo, 1.9506469543054532, 1e-8);
  EXPECT_NEAR(r.ci.hi, 2.0409791670185554, 1e-8);
  // A denominator indistinguishable from zero gives an unbounded Fieller set.
  auto u = st::ratio_of_means({1, 2, 3}, {-1, 1, 0.1}, 0.95);
  EXPECT_FALSE(u.ci.bounded);
}
