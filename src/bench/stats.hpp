// Statistics: summary statistics (as hyperfine computes them), outlier detection (modified
// Z-scores), Student t confidence intervals, Fieller intervals for ratios of means, Welch's
// t-test and the Mann-Whitney U test.
#pragma once
#include <cstddef>
#include <vector>

namespace rpy::bench::stats {

double mean(const std::vector<double>& xs);
double stddev(const std::vector<double>& xs);  // sample (n-1); NaN for n < 2
double median(const std::vector<double>& xs);
double min(const std::vector<double>& xs);
double max(const std::vector<double>& xs);

// Modified Z-scores (Iglewicz & Hoaglin): (x - median) / (1.4826 * MAD). hyperfine flags
// |z| > 14 as outliers. A zero MAD yields 0 for values equal to the median, +-inf otherwise.
std::vector<double> modified_zscores(const std::vector<double>& xs);
constexpr double kOutlierThreshold = 14.0;

double normal_cdf(double z);
double regularized_beta(double x, double a, double b);  // I_x(a, b)
double student_t_cdf(double t, double df);
double student_t_quantile(double p, double df);

struct Interval {
  double lo, hi;
  bool bounded = true;
};

// Student t interval for the mean at `level` (e.g. 0.95). n < 2: [mean, mean], unbounded=false.
Interval mean_ci(const std::vector<double>& xs, double level);

struct TestResult {
  double statistic;  // t for Welch, U (of the first sample) for Mann-Whitney
  double df;         // Welch-Satterthwaite degrees of freedom (Welch only)
  double p;          // two-sided p-value
};

TestResult welch_t_test(const std::vector<double>& a, const std::vector<double>& b);
// Two-sided Mann-Whitney U with scipy's method='auto': exact distribution when a sample has
// fewer than 8 values and there are no ties, otherwise the normal approximation with tie and
// continuity corrections.
TestResult mann_whitney_u(const std::vector<double>& a, const std::vector<double>& b);

// Ratio mean(num)/mean(den) with Fieller's confidence interval (independent samples, t quantile
// with Welch-Satterthwaite degrees of freedom). bounded=false when the denominator's mean is
// not significantly different from zero (the Fieller set is then unbounded).
struct Ratio {
  double value;
  double stddev;  // hyperfine's error propagation: r * sqrt((sn/mn)^2 + (sd/md)^2)
  Interval ci;
};
Ratio ratio_of_means(const std::vector<double>& num, const std::vector<double>& den, double level);

}  // namespace rpy::bench::stats
