// Text helpers of the import-time evaluator: UTF-8, the repr of strings, and Python's str/repr
// of floats and ints in either dialect.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rpy::modules {

std::vector<uint32_t> utf8_decode(const std::string& s);  // invalid bytes decode as themselves
std::string utf8_encode(const std::vector<uint32_t>& cps);
void utf8_append(std::string& out, uint32_t cp);
size_t utf8_length(const std::string& s);  // code points

// repr of a byte string (Python 2 str, Python 3 bytes without the b prefix) and of a unicode
// string (Python 2 unicode without the u prefix: \x, \u escapes; Python 3 str: printable
// non-ASCII kept).
std::string bytes_repr(const std::string& s);
std::string unicode_repr(const std::string& utf8, bool py3);
// Python 3's ascii() of a repr: every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).
std::string ascii_escape(const std::string& utf8);

std::string float_repr_text(double d);  // repr(float): shortest round-trip
// Python's 'g' with "add .0 to integers": `precision` significant digits, exponent notation when
// the decimal exponent is below -4 or at least `precision` (str() of a float in Python 2 is this
// with 12 digits; format(x, '.3') too).
std::string format_g_dot0(double d, int precision);
std::string float_str_text(double d, int python);  // str(float): Python 2 uses 12 digits
// A double formatted like C's printf("%.*<conv>") but with Python's spelling of inf and nan.
std::string format_double(double d, char conv, int precision, bool alt = false);

}  // namespace rpy::modules
