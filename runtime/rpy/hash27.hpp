// CPython 2.7's hash functions (64-bit build, hash randomization off as python2.7 runs by default),
// for the keys whose hash 2.7 computes from the value: ints and longs, bools, str, unicode, float,
// tuples of these, None. A Python 2 dict or set (rpy/dict27.hpp) is laid out by these hashes, so
// that it iterates and prints in python2.7's order. Values checked against python2.7 in
// tests/unit/test_dict27.cpp.
//
// None hashes by its address in CPython (a different value each run): rpy fixes one such value, so
// a table holding None comes out in one of the orders python2.7 can print.
#pragma once
#include "rpy/fmath.hpp"
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "rpy/str.hpp"

namespace rpy {

// -1 is CPython's error return: a hash that would be -1 is -2.
inline int64_t hash27_fix(int64_t h) { return h == -1 ? -2 : h; }

// long_hash: the magnitude's 30-bit digits folded into a 64-bit word with end-around carry (the
// value modulo 2**64 - 1), then the sign.
inline int64_t hash27_long(bool negative, uint64_t magnitude) {
  uint64_t x = 0;
  for (int shift = 60; shift >= 0; shift -= 30) {
    uint64_t digit = (magnitude >> shift) & ((uint64_t{1} << 30) - 1);  // leading zero digits leave x at 0
    x = (x >> (64 - 30)) | (x << 30);
    x += digit;
    if (x < digit) ++x;
  }
  if (negative) x = uint64_t{0} - x;
  return hash27_fix(static_cast<int64_t>(x));
}

inline int64_t hash27_int(int64_t v) { return hash27_fix(v); }

// The string hash of stringobject.c over bytes, and of unicodeobject.c over code points.
template <class Unit>
inline int64_t hash27_units(const Unit* p, int64_t n) {
  if (n == 0) return 0;
  uint64_t x = static_cast<uint64_t>(p[0]) << 7;
  for (int64_t i = 0; i < n; ++i) x = (1000003 * x) ^ static_cast<uint64_t>(p[i]);
  x ^= static_cast<uint64_t>(n);
  return hash27_fix(static_cast<int64_t>(x));
}
inline int64_t hash27_bytes(const char* p, int64_t n) { return hash27_units(reinterpret_cast<const unsigned char*>(p), n); }
inline int64_t hash27_char(char c) { return hash27_bytes(&c, 1); }
inline int64_t hash27_unichar(int32_t c) {
  uint32_t u = static_cast<uint32_t>(c);
  return hash27_units(&u, 1);
}
// A unicode string (UTF-8 in rpy's Str): 2.7 hashes its code points; ASCII as the str.
int64_t hash27_unicode(const Str* s);

// _Py_HashDouble: an integral value hashes as the equal int or long; otherwise the top 62 bits of
// the mantissa plus the exponent.
inline int64_t hash27_float(double v) {
  if (rpy::fm::isnan(v)) return 0;
  if (rpy::fm::isinf(v)) return v < 0 ? -271828 : 314159;
  double intpart = 0;
  double fract = rpy::fm::modf(v, &intpart);
  if (fract == 0.0) {
    if (intpart > 4611686018427387903.0 || -intpart > 4611686018427387903.0) {
      // Beyond 2**62: the long m * 2**e modulo 2**64 - 1 is m rotated left by e modulo 64.
      int e = 0;
      double m = rpy::fm::frexp(rpy::fm::fabs(intpart), &e);
      auto mant = static_cast<uint64_t>(rpy::fm::ldexp(m, 53));
      int shift = (e - 53) % 64;
      uint64_t x = shift == 0 ? mant : (mant << shift) | (mant >> (64 - shift));
      if (intpart < 0) x = uint64_t{0} - x;
      return hash27_fix(static_cast<int64_t>(x));
    }
    return hash27_fix(static_cast<int64_t>(intpart));
  }
  int expo = 0;
  double m = rpy::fm::frexp(v, &expo);
  m *= 2147483648.0;
  auto hipart = static_cast<int64_t>(m);
  m = (m - static_cast<double>(hipart)) * 2147483648.0;
  int64_t x = static_cast<int64_t>(static_cast<uint64_t>(hipart) + static_cast<uint64_t>(static_cast<int64_t>(m)) +
                                   static_cast<uint64_t>(static_cast<int64_t>(expo) * 32768));
  return hash27_fix(x);
}

constexpr int64_t kHash27None = 8738983698654;  // _Py_HashPointer(&_Py_NoneStruct) in one run of python2.7

// ---- per C++ key type: hash and equality. A type without a specialisation has no
// value-determined hash in 2.7 (instances hash by address): codegen keeps such tables in
// insertion order (rpy/dict.hpp) instead.
template <class K>
struct Hash27;

template <>
struct Hash27<int64_t> {
  static uint64_t hash(int64_t x) { return static_cast<uint64_t>(hash27_int(x)); }
  static bool eq(int64_t a, int64_t b) { return a == b; }
};
template <>
struct Hash27<uint64_t> {  // r_uint is a long in the interpreter
  static uint64_t hash(uint64_t x) { return static_cast<uint64_t>(hash27_long(false, x)); }
  static bool eq(uint64_t a, uint64_t b) { return a == b; }
};
template <>
struct Hash27<bool> {
  static uint64_t hash(bool b) { return b ? 1 : 0; }
  static bool eq(bool a, bool b) { return a == b; }
};
template <>
struct Hash27<char> {
  static uint64_t hash(char c) { return static_cast<uint64_t>(hash27_char(c)); }
  static bool eq(char a, char b) { return a == b; }
};
template <>
struct Hash27<int32_t> {  // unichar
  static uint64_t hash(int32_t c) { return static_cast<uint64_t>(hash27_unichar(c)); }
  static bool eq(int32_t a, int32_t b) { return a == b; }
};
template <>
struct Hash27<double> {
  static uint64_t hash(double v) { return static_cast<uint64_t>(hash27_float(v)); }
  static bool eq(double a, double b) { return a == b; }
};
template <>
struct Hash27<Str*> {  // str (str_hash is 2.7's in Python 2 programs, cached in the string); None
  static uint64_t hash(const Str* s) { return static_cast<uint64_t>(s ? str_hash(s) : kHash27None); }
  static bool eq(const Str* a, const Str* b) { return str_eq(a, b); }
};
struct Hash27Unicode {  // unicode keys (Str* too, UTF-8)
  static uint64_t hash(const Str* s) { return static_cast<uint64_t>(s ? hash27_unicode(s) : kHash27None); }
  static bool eq(const Str* a, const Str* b) { return str_eq(a, b); }
};
template <>
struct Hash27<std::nullptr_t> {
  static uint64_t hash(std::nullptr_t) { return static_cast<uint64_t>(kHash27None); }
  static bool eq(std::nullptr_t, std::nullptr_t) { return true; }
};
template <class K>
requires std::is_base_of_v<Object, K>
struct Hash27<K*> {  // instances: their class's __hash__ (Object::rpy_hash), else by address
  static uint64_t hash(const K* p) { return p ? p->rpy_hash() : static_cast<uint64_t>(kHash27None); }
  static bool eq(const K* a, const K* b) { return a == b || (a && b && a->rpy_eq(b)); }
};
template <class... T>
struct Hash27<std::tuple<T...>> {  // tuplehash
  static uint64_t hash(const std::tuple<T...>& t) {
    uint64_t x = 0x345678, mult = 1000003;
    uint64_t left = sizeof...(T);
    std::apply(
        [&](const auto&... item) {
          ((--left, x = (x ^ Hash27<std::decay_t<decltype(item)>>::hash(item)) * mult, mult += 82520 + left + left), ...);
        },
        t);
    x += 97531;
    return static_cast<uint64_t>(hash27_fix(static_cast<int64_t>(x)));
  }
  static bool eq(const std::tuple<T...>& a, const std::tuple<T...>& b) { return eq_at(a, b, std::index_sequence_for<T...>{}); }
  template <size_t... I>
  static bool eq_at(const std::tuple<T...>& a, const std::tuple<T...>& b, std::index_sequence<I...>) {
    return (Hash27<std::tuple_element_t<I, std::tuple<T...>>>::eq(std::get<I>(a), std::get<I>(b)) && ...);
  }
};

}  // namespace rpy
