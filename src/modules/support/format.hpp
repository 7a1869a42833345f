// Python's formatting of numbers and strings, without objects: the format-spec mini-language of
// format() and str.format ("{:>10,.2f}"), and the conversions of the % operator ("%-8.3e").
// Errors are returned as messages (the caller raises ValueError or TypeError).
#pragma once
#include <string>

#include "modules/support/bigint.hpp"

namespace rpy::modules {

// [[fill]align][sign][#][0][width][,|_][.precision][type]
struct FormatSpec {
  std::string fill = " ";  // one character (UTF-8)
  char align = 0;          // '<', '>', '^', '=' or 0
  char sign = 0;           // '+', '-', ' ' or 0
  bool alt = false;        // '#'
  bool zero = false;       // '0' before the width
  int width = -1;
  char grouping = 0;  // ',' or '_'
  int precision = -1;
  char type = 0;
};

bool parse_format_spec(const std::string& spec, FormatSpec& out, std::string& error);
// Pads `body` (whose sign, if any, is `sign_part`) to the spec's width; `length` counts code points.
std::string pad_formatted(const std::string& sign_part, const std::string& body, size_t length, const FormatSpec& s, char default_align);
bool format_int_spec(const BigInt& v, const FormatSpec& s, std::string& out, std::string& error);
// python: 2 or 3 (the default presentation without a type differs).
bool format_float_spec(double d, const FormatSpec& s, int python, std::string& out, std::string& error);
bool format_str_spec(const std::string& text, bool is_text, const FormatSpec& s, std::string& out, std::string& error);

// One conversion of the % operator: %[flags][width][.precision]conv.
struct PercentSpec {
  bool minus = false, plus = false, space = false, alt = false, zero = false;
  int width = -1, precision = -1;
  char conv = 0;
};
std::string percent_int(const BigInt& v, const PercentSpec& p, bool py2);               // d i u x X o
std::string percent_float(double d, const PercentSpec& p);                              // e E f F g G
std::string percent_pad(const std::string& text, size_t length, const PercentSpec& p);  // s r c

}  // namespace rpy::modules
