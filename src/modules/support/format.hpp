// Python's formatting of numbers and strings, without objects: the format-spec mini-language of
// format() and str.format ("{:>10,.2f}"), and the conversions of the % operator ("%-8.3e").
// Errors are returned as messages (the caller raises ValueError or TypeError).
#pragma once
#include <string>

#include "modules/support/bigint.hpp"
#include "rpy/format_spec.hpp"

namespace rpy::modules {

using rpy::RawSpec;
using rpy::SpecDialect;
using rpy::SpecFor;

// A format spec parsed and checked for a value of kind `k` (Python's name `type_name`) by the
// grammar the translator and the runtime share (runtime/rpy/format_spec.hpp), the '0' flag
// applied; false with Python's ValueError message.
bool parse_format_spec(const std::string& spec, SpecFor k, std::string_view type_name, SpecDialect d, RawSpec& out, std::string& error);
// Pads `body` (whose sign, if any, is `sign_part`) to the spec's width; `length` counts code points.
std::string pad_formatted(const std::string& sign_part, const std::string& body, size_t length, const RawSpec& s, char default_align);
// False with an OverflowError message (%c out of range, an int too large for a float type).
// py2: Python 2's range for %c of a byte string.
bool format_int_spec(const BigInt& v, const RawSpec& s, bool py2, std::string& out, std::string& error);
// python: 2 or 3 (the default presentation without a type differs).
std::string format_float_spec(double d, const RawSpec& s, int python);
std::string format_str_spec(const std::string& text, bool is_text, const RawSpec& s);

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
