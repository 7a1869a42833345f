// Python's repr()/str() of a float: the shortest string that round-trips, in fixed notation when
// the decimal exponent is in [-4, 16), otherwise in scientific notation ("1e+16", "1e-05").
// Header-only and dependency-free: shared by the runtime and by rpy's import-time evaluator.
#pragma once
#include <charconv>
#include "rpy/fmath.hpp"
#include <cstdio>
#include <cstring>
#include <string>

namespace rpy::rt {

// Writes the repr of `x` into `out` (at least 32 bytes) and returns its length.
inline int float_repr(double x, char* out) {
  if (rpy::fm::isnan(x)) return std::snprintf(out, 32, "nan");
  if (rpy::fm::isinf(x)) return std::snprintf(out, 32, x > 0 ? "inf" : "-inf");
  // Shortest round-trip digits in scientific form: d.ddddde[+-]XX
  char sci[40];
  auto res = std::to_chars(sci, sci + sizeof sci, x, std::chars_format::scientific);
  *res.ptr = '\0';
  const char* p = sci;
  bool neg = false;
  if (*p == '-') {
    neg = true;
    ++p;
  }
  char digits[24];
  int nd = 0;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') digits[nd++] = *p;
  int exp = std::atoi(p + 1);  // decimal exponent of the first digit
  while (nd > 1 && digits[nd - 1] == '0') --nd;
  int n = 0;
  if (neg) out[n++] = '-';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out[n++] = '0';
      out[n++] = '.';
      for (int i = 0; i < -exp - 1; ++i) out[n++] = '0';
      for (int i = 0; i < nd; ++i) out[n++] = digits[i];
    } else {
      for (int i = 0; i <= exp; ++i) out[n++] = i < nd ? digits[i] : '0';
      out[n++] = '.';
      if (nd > exp + 1)
        for (int i = exp + 1; i < nd; ++i) out[n++] = digits[i];
      else
        out[n++] = '0';
    }
  } else {
    out[n++] = digits[0];
    if (nd > 1) {
      out[n++] = '.';
      for (int i = 1; i < nd; ++i) out[n++] = digits[i];
    }
    n += std::snprintf(out + n, 16, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  }
  out[n] = '\0';
  return n;
}

// Python 2.7's str() of a float: 12 significant digits; scientific notation when the decimal
// exponent is below -4 or at least 11; ".0" added to an integral value ("1e+11", "0.333333333333",
// "10000000000.0"). Writes into `out` (at least 32 bytes) and returns the length.
inline int float_str_py2(double x, char* out) {
  if (rpy::fm::isnan(x)) return std::snprintf(out, 32, "nan");
  if (rpy::fm::isinf(x)) return std::snprintf(out, 32, x > 0 ? "inf" : "-inf");
  char sci[40];
  std::snprintf(sci, sizeof sci, "%.11e", x);  // d.ddddddddddde+XX, correctly rounded
  const char* p = sci;
  int n = 0;
  if (*p == '-') out[n++] = *p++;
  char digits[16];
  int nd = 0;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.') digits[nd++] = *p;
  int exp = std::atoi(p + 1);
  while (nd > 1 && digits[nd - 1] == '0') --nd;
  if (exp >= -4 && exp < 11) {
    if (exp < 0) {
      out[n++] = '0';
      out[n++] = '.';
      for (int i = 0; i < -exp - 1; ++i) out[n++] = '0';
      for (int i = 0; i < nd; ++i) out[n++] = digits[i];
    } else {
      for (int i = 0; i <= exp; ++i) out[n++] = i < nd ? digits[i] : '0';
      out[n++] = '.';
      if (nd > exp + 1)
        for (int i = exp + 1; i < nd; ++i) out[n++] = digits[i];
      else
        out[n++] = '0';
    }
  } else {
    out[n++] = digits[0];
    if (nd > 1) {
      out[n++] = '.';
      for (int i = 1; i < nd; ++i) out[n++] = digits[i];
    }
    n += std::snprintf(out + n, 16, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  }
  out[n] = '\0';
  return n;
}

inline std::string float_repr(double x) {
  char buf[48];
  int n = float_repr(x, buf);
  return std::string(buf, n);
}

}  // namespace rpy::rt
