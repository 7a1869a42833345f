// Integer operations too large to inline (rpy/ints.hpp).
#include <execinfo.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "rpy/rpy.hpp"

namespace rpy {

// The message names the cause and the difference from the interpreter (RPYTHON.md section 5).
static const char kIntOverflow[] = "integer overflow: Python's int is unbounded, a translated script's int is 64-bit";
static const char kIntPowNegative[] =
    "int ** negative int: Python's result is a float, and rpy typed this power an int (its exponent is negative only at run "
    "time); write float(a) ** b";
static const char kFloatPowComplex[] =
    "negative float ** fractional power: Python 3's result is a complex number, and translated code has no complex numbers";
static const char kFloatToIntOverflow[] =
    "int() of a float beyond 64 bits: Python's int is unbounded, a translated program's int is 64-bit";

// Stops where the overflow happened: the traceback is taken here, no handler or finally block
// of the program runs (python3 would have raised nothing for them to handle), output written so
// far is flushed as at any exit.
template <class Exc>
[[noreturn, gnu::always_inline]] inline void stop_with(const char* msg) {
  void* frames[256];
  int n = backtrace(frames, 256);
  handler_top = nullptr;
  print_uncaught(make_exc<Exc>(str_from_cstr(msg)), frames, n);
  std::fflush(stderr);
  std::_Exit(finish(1));
}

void stop_int_overflow() { stop_with<OverflowError>(kIntOverflow); }
// int() of a finite float beyond 64 bits, in any program: Python gives the int (Python 2 a long),
// RPython's cast is undefined there.
void stop_float_to_int_overflow() { stop_with<OverflowError>(kFloatToIntOverflow); }
// int ** negative int where rpy typed the power an int (annotate::int_pow_type): Python gives a
// float, RPython raises; neither an int nor an exception the program could catch is right.
void stop_int_pow_negative() { stop_with<ValueError>(kIntPowNegative); }
// negative float ** fractional float in Python 3, whose result is a complex number.
void stop_float_pow_complex() { stop_with<ValueError>(kFloatPowComplex); }

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
