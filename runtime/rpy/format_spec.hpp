// Python's format-spec mini-language, [[fill]align][sign][z][#][0][width][grouping][.precision][type]:
// parsed and checked by the same code at translation time (the translator, for constant specs)
// and at run time (format(x, spec), f"{x:>{w}}" and str.format fields whose spec is built at run
// time). Header-only: the translator does not link the runtime.
#pragma once
#include <cctype>
#include <string>
#include <string_view>

#include "rpy/format.hpp"

namespace rpy {

struct RawSpec {
  char fill = ' ';
  char align = 0;  // '<' '>' '^' '=', or 0: not given (the value's kind decides)
  char sign = '-';
  bool sign_given = false;
  bool z = false;     // 'z': a negative zero (after rounding) prints without its sign (floats)
  bool alt = false;   // '#'
  bool zero = false;  // '0' before the width
  char group = 0;     // ',' or '_'
  int width = -1;
  int prec = -1;
  char type = 0;
  bool empty = true;  // the spec text was empty
};

enum class SpecStatus : char {
  Ok,
  PyError,  // Python raises ValueError with the message
  Limit,    // valid Python, beyond rpy (the message says so)
};

// What a spec is applied to: Python's rules on which parts apply differ.
enum class SpecFor : char { Str, Int, Float };

inline bool spec_is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// `type_name` names the value's type in Python's "Invalid format specifier" message.
inline SpecStatus parse_raw_spec(std::string_view t, RawSpec& s, std::string& err, std::string_view type_name) {
  s = RawSpec{};
  s.empty = t.empty();
  size_t i = 0, n = t.size();
  if (n >= 1 && (static_cast<unsigned char>(t[0]) & 0x80)) {  // a fill character beyond ASCII?
    unsigned char c = static_cast<unsigned char>(t[0]);
    size_t len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (n > len && spec_is_align(t[len])) {
      err = "rpy: a fill character that is not ASCII in a format spec is not supported by rpy yet";
      return SpecStatus::Limit;
    }
  }
  if (n >= 2 && spec_is_align(t[1])) {
    s.fill = t[0];
    s.align = t[1];
    i = 2;
  } else if (n >= 1 && spec_is_align(t[0])) {
    s.align = t[0];
    i = 1;
  }
  if (i < n && (t[i] == '+' || t[i] == '-' || t[i] == ' ')) {
    s.sign = t[i++];
    s.sign_given = true;
  }
  if (i < n && t[i] == 'z') {
    s.z = true;
    ++i;
  }
  if (i < n && t[i] == '#') {
    s.alt = true;
    ++i;
  }
  if (i < n && t[i] == '0') {
    s.zero = true;
    ++i;
  }
  auto digits = [&](int& out) {
    long v = 0;
    size_t start = i;
    while (i < n && std::isdigit(static_cast<unsigned char>(t[i]))) {
      v = v * 10 + (t[i++] - '0');
      if (v > 100000000) {
        err = "Too many decimal digits in format string";
        return false;
      }
    }
    if (i > start) out = static_cast<int>(v);
    return true;
  };
  if (!digits(s.width)) return SpecStatus::PyError;
  if (i < n && (t[i] == ',' || t[i] == '_')) s.group = t[i++];
  if (i < n && (t[i] == ',' || t[i] == '_')) {
    err = "Cannot specify both ',' and '_'.";
    return SpecStatus::PyError;
  }
  if (i < n && t[i] == '.') {
    ++i;
    size_t start = i;
    if (!digits(s.prec)) return SpecStatus::PyError;
    if (i == start) {
      err = "Format specifier missing precision";
      return SpecStatus::PyError;
    }
  }
  if (i + 1 < n || (i < n && static_cast<unsigned char>(t[i]) >= 0x80)) {
    err = "Invalid format specifier '" + std::string(t) + "' for object of type '" + std::string(type_name) + "'";
    return SpecStatus::PyError;
  }
  if (i < n) s.type = t[i];
  return SpecStatus::Ok;
}

// Python's ValueError message when spec `s` cannot format a value of kind `k` whose Python type
// is `type_name`; "" when it can.
inline std::string spec_error(const RawSpec& s, SpecFor k, std::string_view type_name) {
  auto unknown = [&] { return std::string("Unknown format code '") + s.type + "' for object of type '" + std::string(type_name) + "'"; };
  char type = s.type ? s.type : k == SpecFor::Str ? 's' : k == SpecFor::Int ? 'd' : 0;
  // Checked while parsing, whatever the value: which types take a thousands separator.
  if (s.group && type && std::string_view("deEfFgG%").find(type) == std::string_view::npos &&
      !(s.group == '_' && std::string_view("boxX").find(type) != std::string_view::npos))
    return std::string("Cannot specify '") + s.group + "' with '" + type + "'.";
  switch (k) {
    case SpecFor::Str:
      if (type != 's') return unknown();
      if (s.sign_given)
        return s.sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier";
      if (s.z) return "Negative zero coercion (z) not allowed in string format specifier";
      if (s.alt) return "Alternate form (#) not allowed in string format specifier";
      if (s.align == '=') return "'=' alignment not allowed in string format specifier";
      return "";
    case SpecFor::Int:
      if (std::string_view("eEfFgG%").find(type) != std::string_view::npos) return "";
      if (std::string_view("bcdoxXn").find(type) == std::string_view::npos) return unknown();
      if (s.prec >= 0) return "Precision not allowed in integer format specifier";
      if (s.z) return "Negative zero coercion (z) not allowed in integer format specifier";
      if (type == 'c') {
        if (s.sign_given) return "Sign not allowed with integer format specifier 'c'";
        if (s.alt) return "Alternate form (#) not allowed with integer format specifier 'c'";
      }
      return "";
    case SpecFor::Float:
      if (type && std::string_view("eEfFgGn%").find(type) == std::string_view::npos) return unknown();
      return "";
  }
  return "";
}

// The runtime's FmtSpec for a parsed spec, the value's default alignment filled in.
inline FmtSpec resolve_spec(const RawSpec& s, char default_align) {
  FmtSpec r;
  r.fill = s.fill;
  r.align = s.align ? s.align : default_align;
  if (s.zero && !s.align) {
    r.fill = '0';
    if (default_align == '>') r.align = '=';
  }
  r.sign = s.sign;
  r.alt = s.alt;
  r.group = s.group;
  r.width = s.width;
  r.prec = s.prec;
  r.type = s.type;
  r.z = s.z;
  return r;
}

}  // namespace rpy
