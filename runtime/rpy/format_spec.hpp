// Python's format-spec mini-language, [[fill]align][sign][z][#][0][width][grouping][.precision][type]:
// parsed and checked by the same code at translation time (the translator, for constant specs)
// and at run time (format(x, spec), f"{x:>{w}}" and str.format fields whose spec is built at run
// time). Header-only: the translator does not link the runtime.
#pragma once
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "rpy/format.hpp"

namespace rpy {

struct RawSpec {
  char fill = ' ';
  std::string fill_text = " ";  // the fill's UTF-8 bytes (several for a code point beyond ASCII)
  char align = 0;               // '<' '>' '^' '=', or 0: not given (the value's kind decides)
  char sign = '-';
  bool sign_given = false;
  bool z = false;     // 'z': a negative zero (after rounding) prints without its sign (floats)
  bool alt = false;   // '#'
  bool zero = false;  // '0' before the width
  bool fill_given = false;
  char group = 0;  // ',' or '_'
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

// Which Python's grammar and messages: Python 2.7 has no 'z' and no '_', and words its errors
// differently. `text`: the spec counts code points (Python 3, Python 2 unicode), not bytes.
struct SpecDialect {
  bool py2 = false;
  bool text = true;
};

inline bool spec_is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

inline size_t spec_utf8_len(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4; }

// Python's "Unknown format code" message; a code point outside printable ASCII shows as '\x..'.
inline std::string spec_unknown_code(uint32_t code, std::string_view type_name) {
  std::string shown;
  if (code > 32 && code < 127) {
    shown = std::string(1, static_cast<char>(code));
  } else {
    static const char hex[] = "0123456789abcdef";
    std::string h;
    for (uint32_t v = code; v || h.empty(); v >>= 4) h.insert(h.begin(), hex[v & 15]);
    shown = "\\x" + h;
  }
  return "Unknown format code '" + shown + "' for object of type '" + std::string(type_name) + "'";
}

// `type_name` names the value's type in Python's messages. A fill beyond ASCII is accepted here
// (fill_text); spec_limit() tells the callers that cannot pad with it.
inline SpecStatus parse_raw_spec(std::string_view t, RawSpec& s, std::string& err, std::string_view type_name, SpecDialect d) {
  s = RawSpec{};
  s.empty = t.empty();
  size_t i = 0, n = t.size();
  size_t first = n && d.text ? spec_utf8_len(static_cast<unsigned char>(t[0])) : 1;
  if (n > first && spec_is_align(t[first])) {
    s.fill_text = std::string(t.substr(0, first));
    s.fill = t[0];
    s.fill_given = true;
    s.align = t[first];
    i = first + 1;
  } else if (n >= 1 && spec_is_align(t[0])) {
    s.align = t[0];
    i = 1;
  }
  if (i < n && (t[i] == '+' || t[i] == '-' || t[i] == ' ')) {
    s.sign = t[i++];
    s.sign_given = true;
  }
  if (!d.py2 && i < n && t[i] == 'z') {
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
  if (i < n && (t[i] == ',' || (!d.py2 && t[i] == '_'))) s.group = t[i++];
  if (!d.py2 && i < n && (t[i] == ',' || t[i] == '_')) {
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
  size_t last = i < n && d.text ? spec_utf8_len(static_cast<unsigned char>(t[i])) : 1;
  if (i + last < n) {
    err = d.py2 ? "Invalid conversion specification"
                : "Invalid format specifier '" + std::string(t) + "' for object of type '" + std::string(type_name) + "'";
    return SpecStatus::PyError;
  }
  if (i < n && static_cast<unsigned char>(t[i]) >= 0x80) {  // one code point beyond ASCII: an unknown type
    uint32_t c = static_cast<unsigned char>(t[i]);
    if (last > 1) {
      c &= 0x3fu >> (last - 1);
      for (size_t k = 1; k < last; ++k) c = (c << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3f);
    }
    err = spec_unknown_code(c, type_name);
    return SpecStatus::PyError;
  }
  if (i < n) s.type = t[i];
  return SpecStatus::Ok;
}

// The message when a fill beyond ASCII cannot be used (the translator and the runtime pad with
// one byte); "" when the spec's fill is one byte.
inline std::string spec_limit(const RawSpec& s) {
  if (s.fill_text.size() <= 1) return "";
  return "rpy: a fill character that is not ASCII in a format spec is not supported by rpy yet";
}

// Python's ValueError message when spec `s` cannot format a value of kind `k` whose Python type
// is `type_name`; "" when it can.
inline std::string spec_error(const RawSpec& s, SpecFor k, std::string_view type_name, SpecDialect d) {
  auto unknown = [&] { return spec_unknown_code(static_cast<unsigned char>(s.type), type_name); };
  char type = s.type ? s.type : k == SpecFor::Str ? 's' : k == SpecFor::Int ? 'd' : 0;
  // Checked while parsing, whatever the value: which types take a thousands separator.
  if (s.group && type && std::string_view("deEfFgG%").find(type) == std::string_view::npos &&
      !(s.group == '_' && std::string_view("boxX").find(type) != std::string_view::npos))
    return std::string("Cannot specify '") + s.group + "' with '" + type + "'.";
  switch (k) {
    case SpecFor::Str:
      if (type != 's') return unknown();
      if (s.sign_given)
        return s.sign == ' ' && !d.py2 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier";
      if (s.z) return "Negative zero coercion (z) not allowed in string format specifier";
      if (s.alt) return "Alternate form (#) not allowed in string format specifier";
      if (s.align == '=' || (d.py2 && s.zero && !s.align)) return "'=' alignment not allowed in string format specifier";
      return "";
    case SpecFor::Int:
      if (std::string_view("eEfFgG%").find(type) != std::string_view::npos) return d.py2 ? spec_error(s, SpecFor::Float, "float", d) : "";
      if (std::string_view("bcdoxXn").find(type) == std::string_view::npos) return unknown();
      if (s.prec >= 0) return "Precision not allowed in integer format specifier";
      if (s.z) return "Negative zero coercion (z) not allowed in integer format specifier";
      if (type == 'c') {
        if (s.sign_given) return "Sign not allowed with integer format specifier 'c'";
        if (s.alt && !d.py2) return "Alternate form (#) not allowed with integer format specifier 'c'";
      }
      return "";
    case SpecFor::Float:
      if (type && std::string_view("eEfFgGn%").find(type) == std::string_view::npos) return unknown();
      if (s.alt && d.py2) return "Alternate form (#) not allowed in float format specifier";
      return "";
  }
  return "";
}

// Whether a formatted number's digits (before any exponent) are all zero: 'z' drops the sign
// of such a negative number.
inline bool spec_rounds_to_zero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

// '0' before the width without a fill pads with zeros; without an alignment too, numbers pad
// after their sign.
inline void spec_apply_zero(RawSpec& s, char default_align) {
  if (!s.zero || s.fill_given) return;
  s.fill = '0';
  s.fill_text = "0";
  if (!s.align && default_align == '>') s.align = '=';
}

// The runtime's FmtSpec for a parsed spec, the value's default alignment filled in.
inline FmtSpec resolve_spec(const RawSpec& s, char default_align) {
  FmtSpec r;
  bool zero_fill = s.zero && !s.fill_given;  // as spec_apply_zero()
  r.fill = zero_fill ? '0' : s.fill;
  r.align = s.align ? s.align : zero_fill && default_align == '>' ? '=' : default_align;
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
