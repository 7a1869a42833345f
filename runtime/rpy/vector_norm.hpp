// Python 3's math.hypot(*coordinates) (3.8 and later; math.dist uses the same): the Euclidean norm,
// correctly rounded in nearly every case, which C's hypot() of two values is not (it differs from
// Python's in the last digit for a few inputs in a thousand). Header-only: translated programs and
// rpy's own evaluator (import-time code) share it.
//
// The method: scale every coordinate by the power of two that brings the largest into [0.5, 1)
// (exact), add the exact squares (each split into its rounded value and the rounding error, by
// fma) to an accumulator started at 1.0 so that the sum's rounding errors are captured exactly
// too (Fast2Sum: the accumulator is never smaller than what is added), take the square root of
// the sum, and improve it by one Newton step computed from the exact residual sum - h*h.
#pragma once
#include <cfloat>
#include <cmath>
#include <cstddef>

namespace rpy {

// v holds n coordinates (changed: their absolute values, scaled).
inline double vector_norm(double* v, size_t n) {
  double max = 0.0;
  bool nan = false;
  for (size_t i = 0; i < n; ++i) {
    v[i] = std::fabs(v[i]);
    nan |= std::isnan(v[i]);
    if (v[i] > max) max = v[i];
  }
  if (std::isinf(max)) return max;  // an infinite coordinate wins over a NaN, as in Python
  if (nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int e = 0;
  std::frexp(max, &e);
  if (e < -1023) {  // the largest is subnormal: 2**-e would overflow; make them normal first
    for (size_t i = 0; i < n; ++i) v[i] /= DBL_MIN;
    return DBL_MIN * vector_norm(v, n);
  }
  double scale = std::ldexp(1.0, -e);
  double sum = 1.0, err_sq = 0.0, err_add = 0.0;
  auto add = [&](double hi, double lo) {  // sum + hi exactly, as the new sum and err_add's share
    double s = sum + hi;
    err_add += (sum - s) + hi;
    sum = s;
    err_sq += lo;
  };
  for (size_t i = 0; i < n; ++i) {
    double x = v[i] * scale;
    double sq = x * x;
    add(sq, std::fma(x, x, -sq));
  }
  double h = std::sqrt(sum - 1.0 + (err_sq + err_add));
  double neg_sq = -h * h;
  add(neg_sq, std::fma(-h, h, -neg_sq));
  h += (sum - 1.0 + (err_sq + err_add)) / (2.0 * h);
  return h / scale;
}

template <class... D>
double hypot_n(D... xs) {
  if constexpr (sizeof...(D) == 0) {
    return 0.0;
  } else {
    double v[] = {static_cast<double>(xs)...};
    return vector_norm(v, sizeof...(D));
  }
}

}  // namespace rpy
