// String formatting: the engine behind `%`, str.format and f-string format specs. The translator
// parses every format string at translation time into literal text plus one call per conversion,
// each with a FmtSpec (Python's format-spec mini-language, also used to express `%` flags).
#pragma once
#include "rpy/io.hpp"

namespace rpy {

struct FmtSpec {
  char fill = ' ';
  char align = '>';  // '<' '>' '^' '=' (pad between sign/prefix and digits)
  char sign = '-';   // '-' (only negatives), '+', ' '
  bool alt = false;  // '#': 0x/0o/0b prefixes, keep the point / trailing zeros
  char group = 0;    // ',' or '_' thousands separator
  int width = -1;
  int prec = -1;   // strings: maximum length; ints (only from %): minimum digits
  char type = 0;   // d x X o b c n e E f F g G % s; 0 = the default; 'r' = float repr
  bool z = false;  // 'z': a float that rounds to zero prints without its minus sign
};

// Appends text padded to spec.width with spec.fill/spec.align.
void fmt_pad(Buffer& b, const char* p, int64_t n, const FmtSpec& s);
void fmt_str(Buffer& b, const Str* v, const FmtSpec& s);   // prec truncates
void fmt_ustr(Buffer& b, const Str* v, const FmtSpec& s);  // unicode (UTF-8): width and prec count code points
void fmt_char(Buffer& b, char v, const FmtSpec& s);
void fmt_int(Buffer& b, int64_t v, const FmtSpec& s);
void fmt_uint(Buffer& b, uint64_t v, const FmtSpec& s);
void fmt_float(Buffer& b, double v, const FmtSpec& s);
// %c (percent) / {:c} of an int: the character (OverflowError outside Python's range, worded
// as the % operator or format() words it).
void fmt_int_char(Buffer& b, int64_t v, const FmtSpec& s, bool percent);
// The FmtSpec type of an integer `%` conversion (d i u x X o): %i and %u are %d, and Python 2's
// %o has no 0o prefix ('O').
constexpr char percent_int_type(char conv, bool py2) { return conv == 'i' || conv == 'u' ? 'd' : conv == 'o' && py2 ? 'O' : conv; }

// format(v, spec) where the spec is a str known only at run time (format() with a computed spec,
// f"{v:>{w}}", "{:{}}".format(v, w)): parsed and checked with Python's rules (rpy/format_spec.hpp),
// ValueError for a spec that does not apply to the value; an empty spec gives str(v).
void fmt_spec_str(Buffer& b, const Str* v, const Str* spec);
void fmt_spec_ustr(Buffer& b, const Str* v, const Str* spec);  // Python 2 unicode: code points
void fmt_spec_char(Buffer& b, char v, const Str* spec);
void fmt_spec_int(Buffer& b, int64_t v, const Str* spec, bool is_bool = false);
void fmt_spec_uint(Buffer& b, uint64_t v, const Str* spec);
void fmt_spec_float(Buffer& b, double v, const Str* spec);

// Number formatting builtins.
Str* int_to_base(int64_t v, int base, bool py2);  // hex(), oct(), bin()
double float_round(double x, int64_t ndigits);    // round(x, n): correctly rounded, half-even
double float_round2(double x, int64_t ndigits);   // Python 2.7's round(x, n): a float, ties away from zero

}  // namespace rpy
