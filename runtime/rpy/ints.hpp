// Machine-word integer operations with Python's meaning: wrapping + - * (RPython semantics),
// floor division and modulo, checked division by zero and shifts.
#pragma once
#include "rpy/fmath.hpp"
#include <tuple>

#include "rpy/exceptions.hpp"

namespace rpy {

[[noreturn, gnu::cold, gnu::noinline]] void raise_zero_division(const char* msg);
// x % 0 and x // 0.0: Python 3 words them apart from division ("integer modulo by zero", "float
// floor division by zero"), Python 2 does not.
[[noreturn, gnu::cold, gnu::noinline]] void raise_int_modulo_by_zero();
[[noreturn, gnu::cold, gnu::noinline]] void raise_float_floordiv_by_zero();
[[noreturn, gnu::cold, gnu::noinline]] void raise_value_error(const char* msg);
// int(x): truncates; ValueError for nan, OverflowError for inf; a finite float beyond 64 bits
// stops the program (Python's int would hold it).
int64_t float_to_int(double x);
[[noreturn, gnu::cold, gnu::noinline]] void stop_float_to_int_overflow();
// int ** int with a negative exponent: Python's result is a float, rpy typed it an int (an exponent
// negative only at run time); the program stops with the reason rather than raise or print an int.
[[noreturn, gnu::cold, gnu::noinline]] void stop_int_pow_negative();
[[noreturn, gnu::cold, gnu::noinline]] void stop_float_pow_complex();

inline int64_t int_add(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
inline int64_t int_sub(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b)); }
inline int64_t int_mul(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b)); }
inline int64_t int_neg(int64_t a) { return static_cast<int64_t>(0 - static_cast<uint64_t>(a)); }

// Python's floor division and modulo by a positive power of two known at compile time are an
// arithmetic shift and a mask (for negative a too): no division, no sign fix-up.
#define RPY_POW2_CONST(b) (__builtin_constant_p(b) && (b) > 0 && ((b) & ((b)-1)) == 0)
inline int64_t int_floordiv(int64_t a, int64_t b) {
  if (RPY_POW2_CONST(b)) return a >> __builtin_ctzll(static_cast<uint64_t>(b));
  if (b == 0) raise_zero_division("integer division or modulo by zero");
  if (b == -1) return int_neg(a);
  int64_t q = a / b;
  if ((a % b != 0) && ((a ^ b) < 0)) --q;
  return q;
}
// zero_msg: the message of x % 0 (Python 2 and divmod() say "integer division or modulo by zero",
// Python 3's `%` "integer modulo by zero"); null: the program's dialect decides.
inline int64_t int_mod(int64_t a, int64_t b, const char* zero_msg = nullptr) {
  if (RPY_POW2_CONST(b)) return a & (b - 1);
  if (b == 0) {
    if (zero_msg) raise_zero_division(zero_msg);
    raise_int_modulo_by_zero();
  }
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r ^ b) < 0)) r += b;
  return r;
}
inline int64_t int_lshift(int64_t a, int64_t b) {
  if (b < 0) raise_value_error("negative shift count");
  return b >= 64 ? 0 : static_cast<int64_t>(static_cast<uint64_t>(a) << b);
}
inline int64_t int_rshift(int64_t a, int64_t b) {
  if (b < 0) raise_value_error("negative shift count");
  return b >= 64 ? (a < 0 ? -1 : 0) : (a >> b);
}
inline int64_t int_pow(int64_t a, int64_t b) {
  if (b < 0) stop_int_pow_negative();
  uint64_t r = 1, base = static_cast<uint64_t>(a);
  while (b) {
    if (b & 1) r *= base;
    base *= base;
    b >>= 1;
  }
  return static_cast<int64_t>(r);
}
// rarithmetic.ovfcheck(a op b): OverflowError instead of wrapping.
[[noreturn, gnu::cold, gnu::noinline]] void raise_overflow();
inline int64_t ovf_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) raise_overflow();
  return r;
}
inline int64_t ovf_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) raise_overflow();
  return r;
}
inline int64_t ovf_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) raise_overflow();
  return r;
}
inline int64_t ovf_neg(int64_t a) {
  if (a == INT64_MIN) raise_overflow();
  return -a;
}
inline int64_t ovf_lshift(int64_t a, int64_t b) {
  if (b < 0) raise_value_error("negative shift count");
  if (b >= 64 || ((a << b) >> b) != a) raise_overflow();
  return a << b;
}
inline int64_t ovf_floordiv(int64_t a, int64_t b) {
  if (a == INT64_MIN && b == -1) raise_overflow();
  return int_floordiv(a, b);
}
inline int64_t int_abs(int64_t a) { return a < 0 ? int_neg(a) : a; }

// A script's int arithmetic (no target(): Python's ints are unbounded, RPYTHON.md section 5): a
// result beyond 64 bits stops the program with a traceback and exit status 1, never a wrapped
// value. Not an exception the program can catch: its interpreter raises nothing there, so no
// `except` clause of the program may run instead (docs/ARCHITECTURE.md, "Ints in scripts").
[[noreturn, gnu::cold, gnu::noinline]] void stop_int_overflow();
inline int64_t chk_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_expect(__builtin_add_overflow(a, b, &r), 0)) stop_int_overflow();
  return r;
}
inline int64_t chk_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_expect(__builtin_sub_overflow(a, b, &r), 0)) stop_int_overflow();
  return r;
}
inline int64_t chk_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_expect(__builtin_mul_overflow(a, b, &r), 0)) stop_int_overflow();
  return r;
}
inline int64_t chk_neg(int64_t a) {
  if (__builtin_expect(a == INT64_MIN, 0)) stop_int_overflow();
  return -a;
}
inline int64_t chk_abs(int64_t a) { return a < 0 ? chk_neg(a) : a; }
inline int64_t chk_lshift(int64_t a, int64_t b) {
  if (b < 0) raise_value_error("negative shift count");
  if (a == 0) return 0;
  if (b >= 63) {
    if (b == 63 && a == -1) return INT64_MIN;
    stop_int_overflow();
  }
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if (__builtin_expect((r >> b) != a, 0)) stop_int_overflow();
  return r;
}
inline int64_t chk_floordiv(int64_t a, int64_t b) {
  if (__builtin_expect(a == INT64_MIN && b == -1, 0)) stop_int_overflow();
  return int_floordiv(a, b);
}
inline int64_t chk_pow(int64_t a, int64_t b) {
  if (b < 0) stop_int_pow_negative();
  int64_t r = 1, base = a;
  while (true) {
    if (b & 1) r = chk_mul(r, base);
    b >>= 1;
    if (!b) return r;
    base = chk_mul(base, base);
  }
}
inline std::tuple<int64_t, int64_t> chk_divmod(int64_t a, int64_t b) {
  return {chk_floordiv(a, b), int_mod(a, b, "integer division or modulo by zero")};
}
// math.factorial(n) fits 64 bits up to n = 20.
inline int64_t chk_factorial_arg(int64_t n) {
  if (n > 20) stop_int_overflow();
  return n;
}
// round(x) of a float, x already rounded to an integral value: within 64 bits (inf and nan pass,
// for the caller's errors).
inline double chk_float_range(double r) {
  if (__builtin_expect(rpy::fm::isfinite(r) && !(r >= -9223372036854775808.0 && r < 9223372036854775808.0), 0)) stop_int_overflow();
  return r;
}
// int(x) of a float in a script: Python gives any float's integral part.
inline int64_t chk_float_to_int(double x) {
  if (__builtin_expect(x >= -9223372036854775808.0 && x < 9223372036854775808.0, 1)) return static_cast<int64_t>(x);
  if (rpy::fm::isnan(x) || rpy::fm::isinf(x)) return float_to_int(x);  // ValueError / OverflowError, as Python raises
  stop_int_overflow();
}

// Python 3's int / int (and Python 2's under `from __future__ import division`): the correctly
// rounded quotient, as CPython computes it for any two ints (ints.cpp for operands beyond 2**53).
double int_truediv_slow(int64_t a, int64_t b);
inline double int_truediv(int64_t a, int64_t b) {
  if (b == 0) raise_zero_division("division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;  // every int of this size is an exact double
  if (a > -kExact && a < kExact && b > -kExact && b < kExact) return static_cast<double>(a) / static_cast<double>(b);
  return int_truediv_slow(a, b);
}

// b == 0.0 (either sign) by its bits: one integer test instead of an unordered float compare
// and its two branches (spectral-norm: 1.24x -> 1.0x of C++ with the power-of-two division).
inline bool float_is_zero(double b) {
  uint64_t bits;
  std::memcpy(&bits, &b, sizeof bits);
  return (bits << 1) == 0;
}
// A value the optimizer must treat as unknown (no instruction is emitted): float operations next
// to it are computed as written, one at a time, as CPython computes them.
[[gnu::always_inline]] inline double float_opaque(double x) {
#if defined(__x86_64__) || defined(__i386__)
  __asm__("" : "+x"(x));
#elif defined(__aarch64__)
  __asm__("" : "+w"(x));
#else
  __asm__("" : "+m"(x));
#endif
  return x;
}
// Python's -x of a float: the sign bit flipped, and nothing else. Without the barriers g++ and
// clang rewrite `-a + b` into `b - a`, `(-a) * -b` into `a * b` and `-(a * 2.0)` into
// `a * -2.0`, which give a NaN operand the other sign (x86's arithmetic returns a NaN operand's
// bits, sign included; negation flips it): math.copysign(1.0, x) would differ from CPython's.
[[gnu::always_inline]] inline double float_neg(double x) { return float_opaque(-float_opaque(x)); }
// clang ignores -fsignaling-nans: it folds `x * -1.0` and `x / -1.0` into `-x`, and `-0.0 - x`
// too, which give a NaN the other sign. A constant operand of those values (after inlining and
// constant propagation: __builtin_constant_p is decided late) is made opaque; other operands cost
// nothing. g++ keeps these operations as written under -fsignaling-nans.
#if defined(__clang__)
[[gnu::always_inline]] inline double float_keep_minus_one(double c) {
  if (__builtin_constant_p(c) && c == -1.0) return float_opaque(c);
  return c;
}
[[gnu::always_inline]] inline double float_keep_minus_zero(double c) {
  if (__builtin_constant_p(c) && c == 0.0 && __builtin_signbit(c)) return float_opaque(c);
  return c;
}
#else
[[gnu::always_inline]] inline double float_keep_minus_one(double c) { return c; }
[[gnu::always_inline]] inline double float_keep_minus_zero(double c) { return c; }
#endif
[[gnu::always_inline]] inline double float_mul(double a, double b) { return float_keep_minus_one(a) * float_keep_minus_one(b); }
[[gnu::always_inline]] inline double float_sub(double a, double b) { return float_keep_minus_zero(a) - b; }
inline double float_div(double a, double b) {
  if (__builtin_expect(float_is_zero(b), 0)) raise_zero_division("float division by zero");
  return a / float_keep_minus_one(b);
}
inline double float_floordiv(double a, double b) {
  if (b == 0.0) raise_float_floordiv_by_zero();
  double m = rpy::fm::fmod(a, b);
  double d = (a - m) / b;
  if (m != 0 && ((b < 0) != (m < 0))) d -= 1.0;
  double f = rpy::fm::floor(d);
  if (d - f > 0.5) f += 1.0;
  if (d == 0.0) f = rpy::fm::copysign(0.0, a / b);
  return f;
}
inline double float_mod(double a, double b) {
  if (b == 0.0) raise_zero_division("float modulo");
  double m = rpy::fm::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = rpy::fm::copysign(0.0, b);
  }
  return m;
}
double float_pow(double a, double b);
// hash() of a float: equal to hash() of an equal int, as in Python.
inline int64_t float_hash(double x) {
  if (x == static_cast<double>(static_cast<int64_t>(x)) && x > -9.2e18 && x < 9.2e18) {
    int64_t i = static_cast<int64_t>(x);
    return i == -1 ? -2 : i;
  }
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return static_cast<int64_t>(bits ^ (bits >> 31));
}

}  // namespace rpy
