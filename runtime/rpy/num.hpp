// A number whose kind is known only at run time: a bool, an int or a float, with its kind. The
// annotator gives this type to a variable, item, attribute, argument or result where values of
// different numeric kinds merge (`x = 0` then `x = 1.5`; `{"a": inf}` then `d["b"] = 3`), because
// the kind shows: str(), repr(), print, %, format, type() and isinstance() tell 0 from 0.0 and True
// from 1, and int + int stays an int. An int is kept exact in its int64_t (never in the double).
// Arithmetic follows Python: int when both operands are ints (a bool counts as an int), float
// when either is a float; comparisons, hashes and conversions go by the value.
#pragma once
#include "rpy/fmath.hpp"
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "rpy/ints.hpp"

namespace rpy {

struct Num {
  enum Tag : uint8_t { kBool = 0, kInt = 1, kFloat = 2 };
  Tag tag = kInt;
  union {
    int64_t i = 0;  // kBool (0 or 1), kInt
    double f;       // kFloat
  };

  template <class T>
  static constexpr Num of(T v) {
    Num n;
    if constexpr (std::is_same_v<T, Num>) {
      n = v;
    } else if constexpr (std::is_same_v<T, bool>) {
      n.tag = kBool;
      n.i = v ? 1 : 0;
    } else if constexpr (std::is_floating_point_v<T>) {
      n.tag = kFloat;
      n.f = static_cast<double>(v);
    } else {
      static_assert(std::is_integral_v<T>, "Num::of: a bool, an int or a float");
      n.i = static_cast<int64_t>(v);
    }
    return n;
  }
  bool is_float() const { return tag == kFloat; }
  double as_float() const { return tag == kFloat ? f : static_cast<double>(i); }
  // int(x): a float truncates (OverflowError for inf, ValueError for nan, as int() raises).
  int64_t as_int() const { return tag == kFloat ? float_to_int(f) : i; }
  // int(x) in a script: a float beyond 64 bits stops the program (chk_float_to_int).
  int64_t as_int_chk() const { return tag == kFloat ? chk_float_to_int(f) : i; }
  bool truth() const { return tag == kFloat ? f != 0.0 : i != 0; }
};

inline Num num_int(int64_t v) { return Num::of(v); }
inline Num num_float(double v) { return Num::of(v); }

// ---- arithmetic (Python's: int op int is an int, else a float). Chk: a script's int side
// (Python's ints are unbounded): a result beyond 64 bits stops the program as rpy::chk_* do
// (docs/ARCHITECTURE.md, "Ints in scripts"); otherwise machine ints wrap, as RPython's do.
template <bool Chk = false>
inline Num num_add(Num a, Num b) {
  if (a.is_float() || b.is_float()) return num_float(a.as_float() + b.as_float());
  return num_int(Chk ? chk_add(a.i, b.i) : int_add(a.i, b.i));
}
template <bool Chk = false>
inline Num num_sub(Num a, Num b) {
  if (a.is_float() || b.is_float()) return num_float(a.as_float() - b.as_float());
  return num_int(Chk ? chk_sub(a.i, b.i) : int_sub(a.i, b.i));
}
template <bool Chk = false>
inline Num num_mul(Num a, Num b) {
  if (a.is_float() || b.is_float()) return num_float(a.as_float() * b.as_float());
  return num_int(Chk ? chk_mul(a.i, b.i) : int_mul(a.i, b.i));
}
inline double num_truediv(Num a, Num b) {
  if (a.is_float() || b.is_float()) return float_div(a.as_float(), b.as_float());
  return int_truediv(a.i, b.i);
}
// Python 2's `/`: floor division of two ints, else true division.
template <bool Chk = false>
inline Num num_div2(Num a, Num b) {
  if (a.is_float() || b.is_float()) return num_float(float_div(a.as_float(), b.as_float()));
  return num_int(Chk ? chk_floordiv(a.i, b.i) : int_floordiv(a.i, b.i));
}
template <bool Chk = false>
inline Num num_floordiv(Num a, Num b) {
  if (a.is_float() || b.is_float()) return num_float(float_floordiv(a.as_float(), b.as_float()));
  return num_int(Chk ? chk_floordiv(a.i, b.i) : int_floordiv(a.i, b.i));
}
inline Num num_mod(Num a, Num b, const char* zero_msg = nullptr) {
  if (a.is_float() || b.is_float()) return num_float(float_mod(a.as_float(), b.as_float()));
  return num_int(int_mod(a.i, b.i, zero_msg));
}
// divmod(a, b): (a // b, a % b), each of the kind Python gives (floats when either is one).
template <bool Chk = false>
inline std::tuple<Num, Num> num_divmod(Num a, Num b) {
  if (a.is_float() || b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (y == 0.0) raise_zero_division("float divmod()");
    return {num_float(float_floordiv(x, y)), num_float(float_mod(x, y))};
  }
  return {num_floordiv<Chk>(a, b), num_int(int_mod(a.i, b.i, "integer division or modulo by zero"))};
}
// int ** negative int is a float in Python (2 ** -1 == 0.5).
template <bool Chk = false>
inline Num num_pow(Num a, Num b) {
  if (a.is_float() || b.is_float() || b.i < 0) return num_float(float_pow(a.as_float(), b.as_float()));
  return num_int(Chk ? chk_pow(a.i, b.i) : int_pow(a.i, b.i));
}
// & | ^: of two bools a bool, else an int (the annotator refuses floats).
inline Num num_bitop(Num a, Num b, char op) {
  int64_t r = op == '&' ? a.i & b.i : op == '|' ? a.i | b.i : a.i ^ b.i;
  if (a.tag == Num::kBool && b.tag == Num::kBool) return Num::of(r != 0);
  return num_int(r);
}
template <bool Chk = false>
inline Num num_neg(Num a) {
  return a.is_float() ? num_float(float_neg(a.f)) : num_int(Chk ? chk_neg(a.i) : int_neg(a.i));
}
inline Num num_pos(Num a) { return a.is_float() ? a : num_int(a.i); }
template <bool Chk = false>
inline Num num_abs(Num a) {
  return a.is_float() ? num_float(rpy::fm::fabs(a.f)) : num_int(Chk ? chk_abs(a.i) : int_abs(a.i));
}

// ---- comparisons by value; an int and a float compare exactly (not through a rounded double)
// -1, 0, 1, or 2 when unordered (a nan).
inline int num_int_float_cmp(int64_t i, double f) {
  if (rpy::fm::isnan(f)) return 2;
  double d = static_cast<double>(i);
  if (d != f) return d < f ? -1 : 1;          // rounding is monotonic: the order of i and f is d's
  if (f >= 9223372036854775808.0) return -1;  // f == 2**63 > every int64
  auto fi = static_cast<int64_t>(f);
  return i < fi ? -1 : i > fi ? 1 : 0;
}
inline int num_cmp(Num a, Num b) {
  if (a.is_float() && b.is_float()) return a.f < b.f ? -1 : a.f > b.f ? 1 : a.f == b.f ? 0 : 2;
  if (a.is_float()) {
    int c = num_int_float_cmp(b.i, a.f);
    return c == 2 ? 2 : -c;
  }
  if (b.is_float()) return num_int_float_cmp(a.i, b.f);
  return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
}
inline bool operator==(Num a, Num b) { return num_cmp(a, b) == 0; }
inline bool operator!=(Num a, Num b) { return num_cmp(a, b) != 0; }
inline bool operator<(Num a, Num b) { return num_cmp(a, b) == -1; }
inline bool operator<=(Num a, Num b) {
  int c = num_cmp(a, b);
  return c == -1 || c == 0;
}
inline bool operator>(Num a, Num b) { return num_cmp(a, b) == 1; }
inline bool operator>=(Num a, Num b) {
  int c = num_cmp(a, b);
  return c == 1 || c == 0;
}
inline bool eq(Num a, Num b) { return a == b; }
inline bool lt(Num a, Num b) { return a < b; }
inline bool same(Num a, Num b) { return a == b; }

// hash(): equal numbers hash equal (hash(1) == hash(1.0) == hash(True)), as float_hash does.
inline int64_t num_hash(Num a) { return a.is_float() ? float_hash(a.f) : a.i == -1 ? -2 : a.i; }

// type(x).__name__ of the value, for messages and type(x) printing.
inline const char* num_type_name(Num a) { return a.tag == Num::kBool ? "bool" : a.tag == Num::kInt ? "int" : "float"; }

}  // namespace rpy
