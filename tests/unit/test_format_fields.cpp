// Unit tests of the str.format field grammar (src/common/format_fields.hpp): where fields end,
// their parts and the errors, in Python 3's and Python 2.7's dialects. Expected values are
// CPython's (checked with python3 and python2.7).
#include <gtest/gtest.h>

#include "common/format_fields.hpp"

using namespace rpy;

namespace {

const FieldDialect py3{false, true};
const FieldDialect py2{true, false};

// The pieces as text: literal text in quotes, a field as <name|conversion|spec>, then !error.
std::string shape(const std::string& f, FieldDialect d) {
  FormatScan s = scan_format_string(f, d);
  std::string out;
  for (const FormatPiece& p : s.pieces) {
    if (!p.literal.empty()) out += "'" + p.literal + "'";
    if (p.present) out += "<" + p.name_text + "|" + p.conversion + "|" + p.spec + (p.spec_nested ? "*" : "") + ">";
  }
  if (!s.error.empty()) out += "!" + s.error;
  return out;
}

}  // namespace

TEST(FormatFields, LiteralsAndEscapes) {
  EXPECT_EQ(shape("a{{b}}c", py3), "'a{b}c'");
  EXPECT_EQ(shape("}}{{", py2), "'}{'");
  EXPECT_EQ(shape("x{0}y{1}", py3), "'x'<0||>'y'<1||>");
  EXPECT_EQ(shape("a}b", py3), "!Single '}' encountered in format string");
  EXPECT_EQ(shape("{0}a{", py2), "<0||>!Single '{' encountered in format string");
}

TEST(FormatFields, ConversionsAndSpecs) {
  EXPECT_EQ(shape("{0!r:>{w}}", py3), "<0|r|>{w}*>");
  EXPECT_EQ(shape("{0!r:>{w}}", py2), "<0|r|>{w}*>");
  EXPECT_EQ(shape("{:{{}}}", py3), "<||{{}}*>");
  EXPECT_EQ(shape("{0!rr}", py3), "!expected ':' after conversion specifier");
  EXPECT_EQ(shape("{0!rr}", py2), "!expected ':' after format specifier");
  EXPECT_EQ(shape("{0!}", py3), "!unmatched '{' in format spec");
  EXPECT_EQ(shape("{0!}", py2), "!end of format while looking for conversion specifier");
  EXPECT_EQ(shape("{0!", py3), "!end of string while looking for conversion specifier");
  EXPECT_EQ(shape("{0", py3), "!expected '}' before end of string");
  EXPECT_EQ(shape("{0", py2), "!unmatched '{' in format");
}

TEST(FormatFields, NamesWithBrackets) {
  // Python 3 skips to the ']' of a key; Python 2.7 counts braces first.
  EXPECT_EQ(shape("{d[}]}", py3), "<d[}]||>");
  EXPECT_EQ(shape("{d[}]}", py2), "<d[||>!Single '}' encountered in format string");
  EXPECT_EQ(shape("{a{b}}", py3), "!unexpected '{' in field name");
  EXPECT_EQ(shape("{a{b}}", py2), "<a{b}||>");
  EXPECT_EQ(shape("{0:[>8}", py3), "<0||[>8>");
}

TEST(FormatFields, FieldNames) {
  FieldName n = parse_field_name("a.b[0][k].c");
  EXPECT_EQ(n.kind, FieldName::Kind::Keyword);
  EXPECT_EQ(n.keyword, "a");
  ASSERT_EQ(n.path.size(), 4u);
  EXPECT_TRUE(n.path[0].attr);
  EXPECT_TRUE(n.path[1].int_key);
  EXPECT_EQ(n.path[1].index, 0);
  EXPECT_FALSE(n.path[2].int_key);
  EXPECT_EQ(n.path[2].name, "k");
  EXPECT_TRUE(n.error.empty());
  EXPECT_EQ(parse_field_name("").kind, FieldName::Kind::Auto);
  EXPECT_EQ(parse_field_name("007").index, 7);
  EXPECT_EQ(parse_field_name("0a").kind, FieldName::Kind::Keyword);
  FieldName big = parse_field_name("99999999999999999999");
  EXPECT_TRUE(big.error_first);
  EXPECT_EQ(big.error, "Too many decimal digits in format string");
  // Errors after the accesses that precede them, as Python's iterator reaches them.
  FieldName late = parse_field_name("0[1]x");
  EXPECT_FALSE(late.error_first);
  EXPECT_EQ(late.path.size(), 1u);
  EXPECT_EQ(late.error, "Only '.' or '[' may follow ']' in format field specifier");
  EXPECT_EQ(parse_field_name("a.").error, "Empty attribute in format string");
  EXPECT_EQ(parse_field_name("a[]").error, "Empty attribute in format string");
  EXPECT_EQ(parse_field_name("a[1").error, "Missing ']' in format string");
}

TEST(FormatFields, ConversionErrors) {
  EXPECT_EQ(format_conversion_error("", py3), "");
  EXPECT_EQ(format_conversion_error("a", py3), "");
  EXPECT_EQ(format_conversion_error("a", py2), "Unknown conversion specifier a");
  EXPECT_EQ(format_conversion_error("\xc3\xa9", py3), "Unknown conversion specifier \\xe9");
  EXPECT_EQ(format_conversion_error("\xc3", py2), "Unknown conversion specifier \\xffffffc3");
  EXPECT_EQ(format_conversion_error(" ", py3), "Unknown conversion specifier \\x20");
}

TEST(FormatFields, SourceRoundTrip) {
  FormatScan s = scan_format_string("a{{{0!r:>{1}}}}", py3);
  ASSERT_EQ(s.pieces.size(), 2u);
  EXPECT_EQ(format_literal_source(s.pieces[0].literal) + format_field_source(s.pieces[0]) + format_literal_source(s.pieces[1].literal),
            "a{{{0!r:>{1}}}}");
}
