// The C library's floating-point functions for the runtime headers and the generated programs,
// without <cmath>. libstdc++'s <cmath> (C++17 and later) defines the mathematical special
// functions (std::assoc_laguerre, std::cyl_bessel_j, ...) as inline functions whose templates
// every translation unit then instantiates, used or not: with the runtime precompiled, that was
// most of the compile of a small program (measured with g++ 12: an empty program 0.24 -> 0.15 s
// of CPU, the tests' typical program 0.39 -> 0.29 s; clang++: 140 ms of pending instantiations
// -> 2 ms). The same libm functions are called, so every result is the same.
// Names live in rpy::fm (not std::, which a later <cmath> would define again), and the C
// header's classification macros (isnan, ...) are replaced by functions on the compiler builtins.
#pragma once

#define _GLIBCXX_INCLUDE_NEXT_C_HEADERS  // libstdc++'s <math.h> would include <cmath>: the C one instead
#include <math.h>
#undef _GLIBCXX_INCLUDE_NEXT_C_HEADERS
#undef isnan
#undef isinf
#undef isfinite
#undef signbit
#undef fpclassify
#undef isnormal

namespace rpy::fm {

inline bool isnan(double x) { return __builtin_isnan(x); }
inline bool isinf(double x) { return __builtin_isinf(x); }
inline bool isfinite(double x) { return __builtin_isfinite(x); }
inline bool signbit(double x) { return __builtin_signbit(x); }

using ::acos;
using ::acosh;
using ::asin;
using ::asinh;
using ::atan;
using ::atan2;
using ::atanh;
using ::cbrt;
using ::ceil;
using ::copysign;
using ::cos;
using ::cosh;
using ::erf;
using ::erfc;
using ::exp;
using ::exp2;
using ::expm1;
using ::fabs;
using ::floor;
using ::fmod;
using ::frexp;
using ::hypot;
using ::ldexp;
using ::log;
using ::log10;
using ::log1p;
using ::log2;
using ::modf;
using ::nearbyint;
using ::pow;
using ::sin;
using ::sinh;
using ::sqrt;
using ::tan;
using ::tanh;
using ::trunc;

}  // namespace rpy::fm
