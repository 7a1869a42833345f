// Decoding of literal spellings: integers, floats and string escapes (Python 2 and 3 forms).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rpy::syntax {

struct IntValue {
  uint64_t value = 0;
  bool overflow = false;     // does not fit in 64 bits
  bool long_suffix = false;  // 10L
};
// Decodes an integer spelling (decimal, 0x, 0o, 0b, Python 2 octal 0777, underscores, L suffix).
// Returns an error message, or an empty string on success.
std::string lit_parse_int(std::string_view text, IntValue& out);

// True if the Number token `text` is a float or imaginary literal rather than an integer.
bool lit_is_float(std::string_view text);
// Decodes a float or imaginary spelling ("1e5", ".5", "5.", "1_0.5", "2j").
double lit_parse_float(std::string_view text, bool& imaginary);

struct StrPrefix {
  bool raw = false, unicode = false, bytes = false, fstring = false;
};
// Splits a String token into its prefix and the body between the quotes (relative offsets).
void lit_split_string(std::string_view token, StrPrefix& prefix, size_t& body_begin, size_t& body_end);

// Processes escapes in a string body. `unicode` enables \u \U \N and makes \x and octal
// escapes code points (stored as UTF-8). CRLF in the body becomes LF. On an invalid escape,
// returns the message and sets `err_pos` (offset in body); the output is still usable.
std::string lit_decode(std::string_view body, bool raw, bool unicode, std::string& out, size_t& err_pos);

void lit_append_utf8(std::string& out, uint32_t cp);

}  // namespace rpy::syntax
