#include "bench/stats.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace rpy::bench::stats {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

double variance(const std::vector<double>& xs) {
  if (xs.size() < 2) return kNaN;
  double m = mean(xs), s = 0;
  for (double x : xs) s += (x - m) * (x - m);
  return s / double(xs.size() - 1);
}

// Continued fraction for the incomplete beta function (modified Lentz).
double beta_cf(double x, double a, double b) {
  const double tiny = 1e-300, eps = 1e-16;
  double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1, d = 1 - qab * x / qap;
  if (std::fabs(d) < tiny) d = tiny;
  d = 1 / d;
  double h = d;
  for (int m = 1; m <= 10000; ++m) {
    int m2 = 2 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1 / d;
    double del = d * c;
    h *= del;
    if (std::fabs(del - 1) < eps) break;
  }
  return h;
}
}  // namespace

double mean(const std::vector<double>& xs) {
  if (xs.empty()) return kNaN;
  double s = 0;
  for (double x : xs) s += x;
  return s / double(xs.size());
}

double stddev(const std::vector<double>& xs) { return std::sqrt(variance(xs)); }

double median(const std::vector<double>& xs) {
  if (xs.empty()) return kNaN;
  std::vector<double> v(xs);
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double min(const std::vector<double>& xs) { return xs.empty() ? kNaN : *std::min_element(xs.begin(), xs.end()); }
double max(const std::vector<double>& xs) { return xs.empty() ? kNaN : *std::max_element(xs.begin(), xs.end()); }

std::vector<double> modified_zscores(const std::vector<double>& xs) {
  double med = median(xs);
  std::vector<double> dev;
  for (double x : xs) dev.push_back(std::fabs(x - med));
  double mad = median(dev);
  std::vector<double> z;
  for (double x : xs) {
    double d = x - med;
    if (mad > 0)
      z.push_back(d / (1.4826 * mad));
    else
      z.push_back(d == 0 ? 0.0 : (d > 0 ? kInf : -kInf));
  }
  return z;
}

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

double regularized_beta(double x, double a, double b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  double lbt = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
  double bt = std::exp(lbt);
  if (x < (a + 1) / (a + b + 2)) return bt * beta_cf(x, a, b) / a;
  return 1 - bt * beta_cf(1 - x, b, a) / b;
}

double student_t_cdf(double t, double df) {
  if (std::isnan(t) || !(df > 0)) return kNaN;
  if (std::isinf(t)) return t > 0 ? 1 : 0;
  double x = df / (df + t * t);
  double tail = 0.5 * regularized_beta(x, df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

double student_t_quantile(double p, double df) {
  if (!(p > 0 && p < 1) || !(df > 0)) return kNaN;
  if (p == 0.5) return 0;
  if (p < 0.5) return -student_t_quantile(1 - p, df);
  double lo = 0, hi = 1;
  while (student_t_cdf(hi, df) < p && hi < 1e12) hi *= 2;
  for (int i = 0; i < 300 && hi - lo > 1e-15 * hi; ++i) {
    double mid = 0.5 * (lo + hi);
    (student_t_cdf(mid, df) < p ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

Interval mean_ci(const std::vector<double>& xs, double level) {
  double m = mean(xs);
  if (xs.size() < 2) return {m, m, false};
  double t = student_t_quantile(0.5 + level / 2, double(xs.size() - 1));
  double h = t * stddev(xs) / std::sqrt(double(xs.size()));
  return {m - h, m + h, true};
}

TestResult welch_t_test(const std::vector<double>& a, const std::vector<double>& b) {
  double na = double(a.size()), nb = double(b.size());
  if (na < 2 || nb < 2) return {kNaN, kNaN, kNaN};
  double va = variance(a) / na, vb = variance(b) / nb;
  double diff = mean(a) - mean(b);
  if (va + vb == 0) return {diff == 0 ? 0 : (diff > 0 ? kInf : -kInf), kNaN, diff == 0 ? 1.0 : 0.0};
  double t = diff / std::sqrt(va + vb);
  double df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
  double p = 2 * student_t_cdf(-std::fabs(t), df);
  return {t, df, std::min(1.0, p)};
}

TestResult mann_whitney_u(const std::vector<double>& a, const std::vector<double>& b) {
  size_t n1 = a.size(), n2 = b.size();
  if (n1 == 0 || n2 == 0) return {kNaN, kNaN, kNaN};
  // Ranks of the pooled sample (average ranks for ties).
  std::vector<std::pair<double, int>> all;
  for (double x : a) all.push_back({x, 0});
  for (double x : b) all.push_back({x, 1});
  std::sort(all.begin(), all.end(), [](auto& l, auto& r) { return l.first < r.first; });
  size_t n = all.size();
  double r1 = 0, tie_term = 0;
  bool ties = false;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j + 1 < n && all[j + 1].first == all[i].first) ++j;
    double rank = (double(i) + double(j)) / 2 + 1;
    double t = double(j - i + 1);
    if (t > 1) ties = true;
    tie_term += t * t * t - t;
    for (size_t k = i; k <= j; ++k)
      if (all[k].second == 0) r1 += rank;
    i = j + 1;
  }
  double u1 = r1 - double(n1) * double(n1 + 1) / 2;
  double u2 = double(n1) * double(n2) - u1;
  double u = std::max(u1, u2);
  if ((n1 < 8 || n2 < 8) && !ties) {
    // Exact null distribution of U: counts c[k][u] of arrangements, by the recurrence
    // f(n1, n2, u) = f(n1-1, n2, u-n2) + f(n1, n2-1, u).
    size_t maxu = n1 * n2;
    std::vector<std::vector<double>> prev(n2 + 1), cur(n2 + 1);
    for (size_t j = 0; j <= n2; ++j) prev[j] = {1.0};  // n1 = 0
    for (size_t i = 1; i <= n1; ++i) {
      cur[0] = {1.0};
      for (size_t j = 1; j <= n2; ++j) {
        std::vector<double> f(i * j + 1, 0.0);
        for (size_t k = 0; k < cur[j - 1].size(); ++k) f[k] += cur[j - 1][k];
        for (size_t k = 0; k < prev[j].size(); ++k) f[k + j] += prev[j][k];
        cur[j] = std::move(f);
      }
      std::swap(prev, cur);
    }
    const auto& dist = prev[n2];
    double total = 0, upper = 0;
    for (size_t k = 0; k <= maxu; ++k) {
      total += dist[k];
      if (double(k) >= u) upper += dist[k];
    }
    return {u1, kNaN, std::min(1.0, 2 * upper / total)};
  }
  double mu = double(n1) * double(n2) / 2;
  double nn = double(n);
  double s = std::sqrt(double(n1) * double(n2) / 12 * ((nn + 1) - tie_term / (nn * (nn - 1))));
  if (s == 0) return {u1, kNaN, 1.0};
  double z = (u - mu - 0.5) / s;
  double p = 2 * (1 - normal_cdf(z));
  return {u1, kNaN, std::clamp(p, 0.0, 1.0)};
}

Ratio ratio_of_means(const std::vector<double>& num, const std::vector<double>& den, double level) {
  Ratio r;
  double mn = mean(num), md = mean(den);
  r.value = mn / md;
  double sn = num.size() > 1 ? stddev(num) : 0, sd = den.size() > 1 ? stddev(den) : 0;
  r.stddev = r.value * std::sqrt((sn / mn) * (sn / mn) + (sd / md) * (sd / md));
  r.ci = {r.value, r.value, false};
  if (num.size() < 2 || den.size() < 2) return r;
  double vn = sn * sn / double(num.size()), vd = sd * sd / double(den.size());
  double df;
  if (vn + vd == 0) {
    r.ci = {r.value, r.value, true};
    return r;
  }
  df = (vn + vd) * (vn + vd) / (vn * vn / double(num.size() - 1) + vd * vd / double(den.size() - 1));
  double t = student_t_quantile(0.5 + level / 2, df);
  double t2 = t * t;
  double a = md * md - t2 * vd;  // > 0 iff the denominator mean is significantly non-zero
  if (a <= 0) return r;
  double disc = md * md * vn + mn * mn * vd - t2 * vn * vd;
  if (disc < 0) disc = 0;
  double root = t * std::sqrt(disc);
  r.ci = {(mn * md - root) / a, (mn * md + root) / a, true};
  return r;
}

}  // namespace rpy::bench::stats
