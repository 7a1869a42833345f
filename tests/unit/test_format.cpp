// Unit tests of the import-time evaluator's number formatting (format specs and % conversions),
// and of the float text forms of each dialect. Expected strings are CPython's.
#include <gtest/gtest.h>

#include "modules/support/format.hpp"
#include "modules/support/text.hpp"

using namespace rpy::modules;

namespace {

std::string fmt_int(long long v, const std::string& spec, int python = 3) {
  RawSpec s;
  std::string err, out;
  if (!parse_format_spec(spec, SpecFor::Int, "int", SpecDialect{python == 2, python == 3}, s, err)) return "error: " + err;
  if (!format_int_spec(BigInt(v), s, python == 2, out, err)) return "error: " + err;
  return out;
}

std::string fmt_float(double v, const std::string& spec, int python = 3) {
  RawSpec s;
  std::string err;
  if (!parse_format_spec(spec, SpecFor::Float, "float", SpecDialect{python == 2, python == 3}, s, err)) return "error: " + err;
  return format_float_spec(v, s, python);
}

PercentSpec pct(char conv, int width = -1, int precision = -1, const std::string& flags = "") {
  PercentSpec p;
  p.conv = conv;
  p.width = width;
  p.precision = precision;
  for (char c : flags) {
    if (c == '-') p.minus = true;
    if (c == '+') p.plus = true;
    if (c == ' ') p.space = true;
    if (c == '#') p.alt = true;
    if (c == '0') p.zero = true;
  }
  return p;
}

}  // namespace

TEST(FormatSpec, Integers) {
  EXPECT_EQ(fmt_int(42, ">6"), "    42");
  EXPECT_EQ(fmt_int(42, "<6|"), "error: Unknown format code '|' for object of type 'int'");
  EXPECT_EQ(fmt_int(42, "<6dd"), "error: Invalid format specifier '<6dd' for object of type 'int'");
  EXPECT_EQ(fmt_int(42, "<6dd", 2), "error: Invalid conversion specification");
  EXPECT_EQ(fmt_int(42, ",_"), "error: Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt_int(42, ",_", 2), "error: Cannot specify ',' with '_'.");
  EXPECT_EQ(fmt_int(42, "<05"), "42000");
  EXPECT_EQ(fmt_int(65, "5c"), "    A");
  EXPECT_EQ(fmt_int(300, "c", 2), "error: %c arg not in range(0x100)");
  EXPECT_EQ(fmt_int(-42, "=+8"), "-     42");
  EXPECT_EQ(fmt_int(42, "+d"), "+42");
  EXPECT_EQ(fmt_int(1234567, ","), "1,234,567");
  EXPECT_EQ(fmt_int(1234, "08,d"), "0,001,234");
  EXPECT_EQ(fmt_int(255, "#x"), "0xff");
  EXPECT_EQ(fmt_int(255, "#X"), "0XFF");
  EXPECT_EQ(fmt_int(5, "b"), "101");
  EXPECT_EQ(fmt_int(8, "#o"), "0o10");
  EXPECT_EQ(fmt_int(65, "c"), "A");
  EXPECT_EQ(fmt_int(5, "*^7"), "***5***");
  EXPECT_EQ(fmt_int(5, ".2"), "error: Precision not allowed in integer format specifier");
  EXPECT_EQ(fmt_int(0xdeadbeef, "_x"), "dead_beef");
}

TEST(FormatSpec, Floats) {
  EXPECT_EQ(fmt_float(3.14159, ".2f"), "3.14");
  EXPECT_EQ(fmt_float(3.14159, "08.3f"), "0003.142");
  EXPECT_EQ(fmt_float(12345.678, "e"), "1.234568e+04");
  EXPECT_EQ(fmt_float(0.25, "%"), "25.000000%");
  EXPECT_EQ(fmt_float(1234.5, ",.1f"), "1,234.5");
  EXPECT_EQ(fmt_float(123.0, ".3"), "1.23e+02");
  EXPECT_EQ(fmt_float(12.0, ".3"), "12.0");
  EXPECT_EQ(fmt_float(1.0 / 3, ""), "0.3333333333333333");
  EXPECT_EQ(fmt_float(1.0 / 3, "", 2), "0.333333333333");
  EXPECT_EQ(fmt_float(-0.0, "f"), "-0.000000");
  EXPECT_EQ(fmt_float(1e-7, "g"), "1e-07");
  EXPECT_EQ(fmt_float(2.5, ".0f"), "2");
  EXPECT_EQ(fmt_float(-0.04, "z.1f"), "0.0");
  EXPECT_EQ(fmt_float(-0.04, "z.1f", 2), "error: Invalid conversion specification");
  EXPECT_EQ(fmt_float(1.5, "#", 2), "error: Alternate form (#) not allowed in float format specifier");
}

TEST(Percent, Conversions) {
  EXPECT_EQ(percent_int(BigInt(42), pct('d', 5, -1, "0"), true), "00042");
  EXPECT_EQ(percent_int(BigInt(42), pct('d', 5, -1, "-"), true), "42   ");
  EXPECT_EQ(percent_int(BigInt(-42), pct('d', 6, -1, "0"), true), "-00042");
  EXPECT_EQ(percent_int(BigInt(255), pct('x', -1, -1, "#"), true), "0xff");
  EXPECT_EQ(percent_int(BigInt(8), pct('o', -1, -1, "#"), true), "010");
  EXPECT_EQ(percent_int(BigInt(8), pct('o', -1, -1, "#"), false), "0o10");
  EXPECT_EQ(percent_int(BigInt(7), pct('d', -1, 3), true), "007");
  EXPECT_EQ(percent_float(3.14159, pct('f', 10, 3)), "     3.142");
  EXPECT_EQ(percent_float(31415.9, pct('e')), "3.141590e+04");
  EXPECT_EQ(percent_float(1e20, pct('G')), "1E+20");
  EXPECT_EQ(percent_float(2.5, pct('f', 8, 1, "+")), "    +2.5");
  EXPECT_EQ(percent_pad("ab", 2, pct('s', 5, -1, "-")), "ab   ");
}

TEST(FloatText, Python2StrUsesTwelveDigits) {
  EXPECT_EQ(float_str_text(1.0 / 3, 2), "0.333333333333");
  EXPECT_EQ(float_str_text(123456789012.0, 2), "1.23456789012e+11");
  EXPECT_EQ(float_str_text(99999999999.0, 2), "99999999999.0");
  EXPECT_EQ(float_str_text(1e16, 2), "1e+16");
  EXPECT_EQ(float_str_text(0.0001, 2), "0.0001");
  EXPECT_EQ(float_str_text(1.234e-5, 2), "1.234e-05");
  EXPECT_EQ(float_str_text(-0.0, 2), "-0.0");
  EXPECT_EQ(float_str_text(1.0 / 3, 3), "0.3333333333333333");
  EXPECT_EQ(float_repr_text(0.1 + 0.2), "0.30000000000000004");
}
