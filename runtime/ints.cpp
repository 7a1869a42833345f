// Integer operations too large to inline (rpy/ints.hpp).
#include <cmath>
#include <cstdint>

#include "rpy/ints.hpp"

namespace rpy {

// a / b correctly rounded to a double, for operands that are not both exact doubles: the quotient
// is computed to 64 significant bits in 128-bit arithmetic, with a sticky bit for any remainder,
// so the one rounding (uint64 -> double) is correct, as CPython's long_true_divide is.
double int_truediv_slow(int64_t a, int64_t b) {
  bool negative = (a < 0) != (b < 0);
  uint64_t n = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  uint64_t d = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
  if (n == 0) return negative ? -0.0 : 0.0;
  int shift = 127 - (63 - __builtin_clzll(n));  // puts n's top bit at bit 127
  unsigned __int128 num = static_cast<unsigned __int128>(n) << shift;
  unsigned __int128 q = num / d;
  bool sticky = num % d != 0;
  int exp = -shift;
  auto hi = static_cast<uint64_t>(q >> 64);
  if (hi) {  // keep the top 64 bits, folding the rest into the sticky bit
    int k = 64 - __builtin_clzll(hi);
    sticky |= (q & ((static_cast<unsigned __int128>(1) << k) - 1)) != 0;
    q >>= k;
    exp += k;
  }
  uint64_t q64 = static_cast<uint64_t>(q) | (sticky ? 1 : 0);
  double r = std::ldexp(static_cast<double>(q64), exp);
  return negative ? -r : r;
}

}  // namespace rpy
