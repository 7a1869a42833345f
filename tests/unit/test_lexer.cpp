// Unit tests for the tokenizer (syntax/lexer.hpp) and literal decoding (syntax/literals.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.hpp"
#include "syntax/literals.hpp"

namespace rpy::syntax {
namespace {

struct Lexed {
  SourceManager sm;
  Diagnostics diags{sm};
  std::vector<Token> toks;
};

std::unique_ptr<Lexed> lex(const std::string& src) {
  auto r = std::make_unique<Lexed>();
  uint32_t id = r->sm.add("t.py", "t", src);
  ErrorSink errs(r->diags);
  r->toks = lex_file(r->sm.file(id), id, errs);
  return r;
}

// Compact form: names, numbers, strings and operators as written; N I D E for structure.
std::string shape(const std::string& src) {
  auto r = lex(src);
  std::string out;
  for (const auto& t : r->toks) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::Newline:
        out += "N";
        break;
      case Tok::Indent:
        out += "I";
        break;
      case Tok::Dedent:
        out += "D";
        break;
      case Tok::End:
        out += "E";
        break;
      case Tok::Error:
        out += "ERR";
        break;
      default:
        out += std::string(t.text);
    }
  }
  return out;
}

TEST(Lexer, SimpleLine) { EXPECT_EQ(shape("x = 1\n"), "x = 1 N E"); }

TEST(Lexer, MissingFinalNewline) { EXPECT_EQ(shape("x = 1"), "x = 1 N E"); }

TEST(Lexer, EmptyAndBlankInput) {
  EXPECT_EQ(shape(""), "E");
  EXPECT_EQ(shape("\n\n  \n# comment\n"), "E");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(shape("if x:\n  y\n  z\nw\n"), "if x : N I y N z N D w N E");
  EXPECT_EQ(shape("if x:\n  if y:\n    z\n"), "if x : N I if y : N I z N D D E");
}

TEST(Lexer, BlankAndCommentLinesDoNotChangeIndentation) {
  EXPECT_EQ(shape("if x:\n  y\n\n# c\n      # d\n  z\n"), "if x : N I y N z N D E");
}

TEST(Lexer, TabsAdvanceToMultipleOfEight) {
  // A tab and eight spaces are the same indentation.
  EXPECT_EQ(shape("if x:\n\ty\n        z\n"), "if x : N I y N z N D E");
  // Four spaces then a tab is also column 8.
  EXPECT_EQ(shape("if x:\n    \ty\n\tz\n"), "if x : N I y N z N D E");
}

TEST(Lexer, ImplicitLineJoining) {
  EXPECT_EQ(shape("f(a,\n  b)\n"), "f ( a , b ) N E");
  EXPECT_EQ(shape("x = [\n1,\n      2]\ny\n"), "x = [ 1 , 2 ] N y N E");
}

TEST(Lexer, BackslashContinuation) { EXPECT_EQ(shape("x = 1 + \\\n    2\n"), "x = 1 + 2 N E"); }

TEST(Lexer, CommentsAreSkipped) { EXPECT_EQ(shape("x # hi\ny\n"), "x N y N E"); }

TEST(Lexer, CrLfLineEndings) { EXPECT_EQ(shape("if x:\r\n  y\r\nz\r\n"), "if x : N I y N D z N E"); }

TEST(Lexer, ByteOrderMarkIsSkipped) {
  auto r = lex("\xEF\xBB\xBFx = 1\n");
  ASSERT_EQ(r->toks[0].text, "x");
  EXPECT_EQ(r->toks[0].loc.col, 1u);
  EXPECT_FALSE(r->diags.has_errors());
}

TEST(Lexer, Operators) {
  EXPECT_EQ(shape("a **= b //= c >>= d <<= e <> f != g -> h ... @ `"), "a **= b //= c >>= d <<= e <> f != g -> h ... @ ` N E");
}

TEST(Lexer, Keywords) {
  auto r = lex("def print exec None nonlocal\n");
  EXPECT_EQ(r->toks[0].kind, Tok::Keyword);
  EXPECT_EQ(r->toks[1].kind, Tok::Name);
  EXPECT_EQ(r->toks[2].kind, Tok::Name);
  EXPECT_EQ(r->toks[3].kind, Tok::Keyword);
  EXPECT_EQ(r->toks[4].kind, Tok::Name);
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(shape("0777 10L 0x_ff 0o17 0b101 1_000 1e5 .5 5. 1j 1.5e-3J"), "0777 10L 0x_ff 0o17 0b101 1_000 1e5 .5 5. 1j 1.5e-3J N E");
  auto r = lex("1.5");
  EXPECT_EQ(r->toks[0].kind, Tok::Number);
}

TEST(Lexer, StringPrefixes) {
  auto r = lex("r'a' u'b' b'c' ur'd' br'e' Rb'f' f'g' rf'h' FR'i' '''j''' \"\"\"k\"\"\"\n");
  for (int i = 0; i < 11; ++i) EXPECT_EQ(r->toks[i].kind, Tok::String) << i;
  EXPECT_EQ(r->toks[11].kind, Tok::Newline);
}

TEST(Lexer, StringNamesAreNotPrefixes) {
  auto r = lex("ub'x'\n");
  EXPECT_EQ(r->toks[0].kind, Tok::Name);
  EXPECT_EQ(r->toks[1].kind, Tok::String);
}

TEST(Lexer, TripleQuotedStringSpansLines) {
  auto r = lex("x = '''a\nb'''\ny\n");
  ASSERT_EQ(r->toks[2].kind, Tok::String);
  EXPECT_EQ(r->toks[2].loc.line, 1u);
  EXPECT_EQ(r->toks[2].loc.end_line, 2u);
  EXPECT_EQ(r->toks[4].text, "y");
  EXPECT_EQ(r->toks[4].loc.line, 3u);
}

TEST(Lexer, EscapedQuoteDoesNotEndString) {
  auto r = lex("'a\\'b' r'\\''\n");
  EXPECT_EQ(r->toks[0].text, "'a\\'b'");
  EXPECT_EQ(r->toks[1].text, "r'\\''");
}

TEST(Lexer, TokenLocations) {
  auto r = lex("x = foo(1)\n  # c\nyy\n");
  EXPECT_EQ(r->toks[2].loc.line, 1u);
  EXPECT_EQ(r->toks[2].loc.col, 5u);
  EXPECT_EQ(r->toks[2].loc.end_col, 8u);
  EXPECT_EQ(r->toks[7].text, "yy");
  EXPECT_EQ(r->toks[7].loc.line, 3u);
  EXPECT_EQ(r->toks[7].loc.col, 1u);
  EXPECT_EQ(r->toks[7].loc.end_col, 3u);
}

TEST(Lexer, UnterminatedString) {
  auto r = lex("x = 'abc\ny = 1\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  const auto& d = r->diags.all()[0];
  EXPECT_EQ(d.message, "unterminated string literal");
  EXPECT_EQ(d.loc.line, 1u);
  EXPECT_EQ(d.loc.col, 5u);
  EXPECT_EQ(d.loc.end_col, 9u);
  EXPECT_EQ(shape("x = 'abc\ny = 1\n"), "x = ERR N y = 1 N E");
}

TEST(Lexer, UnterminatedTripleQuotedString) {
  auto r = lex("x = '''abc\ny = 1\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  EXPECT_EQ(r->diags.all()[0].message, "unterminated triple-quoted string literal");
  EXPECT_EQ(r->diags.all()[0].loc.col, 5u);
  EXPECT_EQ(r->diags.all()[0].loc.end_col, 8u);
}

TEST(Lexer, UnindentMismatch) {
  auto r = lex("if x:\n    y\n  z\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  EXPECT_EQ(r->diags.all()[0].message, "unindent does not match any outer indentation level");
  EXPECT_EQ(r->diags.all()[0].loc.line, 3u);
}

TEST(Lexer, NeverClosedBracketRecoversAtStatementKeyword) {
  auto r = lex("x = (1,\ndef f():\n  pass\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  EXPECT_EQ(r->diags.all()[0].message, "'(' was never closed");
  EXPECT_EQ(r->diags.all()[0].loc.col, 5u);
  EXPECT_EQ(shape("x = (1,\ndef f():\n  pass\n"), "x = ( 1 , N def f ( ) : N I pass N D E");
}

TEST(Lexer, NeverClosedBracketAtEnd) {
  auto r = lex("x = [1,\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  EXPECT_EQ(r->diags.all()[0].message, "'[' was never closed");
}

TEST(Lexer, InvalidCharacter) {
  auto r = lex("x = $\n");
  ASSERT_EQ(r->diags.error_count(), 1u);
  EXPECT_EQ(r->diags.all()[0].loc.col, 5u);
}

TEST(Lexer, FragmentHasNoLineStructure) {
  SourceManager sm;
  Diagnostics diags(sm);
  uint32_t id = sm.add("t.py", "t", "f'{a +\n b}'");
  ErrorSink errs(diags);
  auto toks = lex_fragment(sm.file(id), id, errs, 3, 9, 1, 4);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].loc.col, 4u);
  EXPECT_EQ(toks[2].text, "b");
  EXPECT_EQ(toks[2].loc.line, 2u);
  EXPECT_EQ(toks[2].loc.col, 2u);
  EXPECT_EQ(toks[3].kind, Tok::End);
}

TEST(Literals, Integers) {
  IntValue v;
  EXPECT_EQ(lit_parse_int("0777", v), "");
  EXPECT_EQ(v.value, 511u);
  EXPECT_EQ(lit_parse_int("10L", v), "");
  EXPECT_EQ(v.value, 10u);
  EXPECT_TRUE(v.long_suffix);
  EXPECT_EQ(lit_parse_int("0x_ff", v), "");
  EXPECT_EQ(v.value, 255u);
  EXPECT_EQ(lit_parse_int("0o17", v), "");
  EXPECT_EQ(v.value, 15u);
  EXPECT_EQ(lit_parse_int("0B101", v), "");
  EXPECT_EQ(v.value, 5u);
  EXPECT_EQ(lit_parse_int("1_000", v), "");
  EXPECT_EQ(v.value, 1000u);
  EXPECT_EQ(lit_parse_int("00", v), "");
  EXPECT_EQ(v.value, 0u);
  EXPECT_EQ(lit_parse_int("18446744073709551615", v), "");
  EXPECT_FALSE(v.overflow);
  EXPECT_EQ(v.value, UINT64_MAX);
  EXPECT_EQ(lit_parse_int("18446744073709551616", v), "");
  EXPECT_TRUE(v.overflow);
  EXPECT_EQ(lit_parse_int("0xFFFFFFFFFFFFFFFFF", v), "");
  EXPECT_TRUE(v.overflow);
  EXPECT_EQ(lit_parse_int("089", v), "invalid digit '8' in octal literal");
  EXPECT_EQ(lit_parse_int("0b2", v), "invalid digit '2' in binary literal");
  EXPECT_EQ(lit_parse_int("1__0", v), "invalid decimal literal");
  EXPECT_EQ(lit_parse_int("1_", v), "invalid decimal literal");
  EXPECT_EQ(lit_parse_int("0x", v), "invalid hexadecimal literal");
}

TEST(Literals, Floats) {
  bool imag = false;
  EXPECT_TRUE(lit_is_float("1e5"));
  EXPECT_TRUE(lit_is_float("09.5"));
  EXPECT_FALSE(lit_is_float("0xe5"));
  EXPECT_FALSE(lit_is_float("0777"));
  EXPECT_DOUBLE_EQ(lit_parse_float("1e5", imag), 1e5);
  EXPECT_FALSE(imag);
  EXPECT_DOUBLE_EQ(lit_parse_float(".5", imag), 0.5);
  EXPECT_DOUBLE_EQ(lit_parse_float("5.", imag), 5.0);
  EXPECT_DOUBLE_EQ(lit_parse_float("1_0.2_5", imag), 10.25);
  EXPECT_DOUBLE_EQ(lit_parse_float("2j", imag), 2.0);
  EXPECT_TRUE(imag);
}

std::string decode(std::string_view body, bool raw, bool unicode, std::string* err = nullptr) {
  std::string out;
  size_t pos = 0;
  std::string e = lit_decode(body, raw, unicode, out, pos);
  if (err) *err = e;
  return out;
}

TEST(Literals, Escapes) {
  EXPECT_EQ(decode("a\\nb\\t\\\\\\'\\\"", false, false), "a\nb\t\\'\"");
  EXPECT_EQ(decode("\\x41\\101\\0\\a\\b\\f\\v\\r", false, false), std::string("AA\0\a\b\f\v\r", 8));
  EXPECT_EQ(decode("a\\\nb", false, false), "ab");
  EXPECT_EQ(decode("\\q", false, false), "\\q");
  EXPECT_EQ(decode("\\u00e9", false, false), "\\u00e9");  // not an escape in a str
  EXPECT_EQ(decode("\\xff", false, false), "\xff");
}

TEST(Literals, UnicodeEscapesAreUtf8) {
  EXPECT_EQ(decode("\\u00e9", false, true), "\xc3\xa9");
  EXPECT_EQ(decode("\\xe9", false, true), "\xc3\xa9");
  EXPECT_EQ(decode("\\U0001F600", false, true), "\xf0\x9f\x98\x80");
  std::string err;
  decode("\\N{BULLET}", false, true, &err);
  EXPECT_EQ(err, "\\N{...} escapes are not supported");
  decode("\\x4", false, false, &err);
  EXPECT_EQ(err, "invalid \\x escape: expected two hexadecimal digits");
}

TEST(Literals, RawStrings) {
  EXPECT_EQ(decode("a\\nb\\'", true, false), "a\\nb\\'");
  EXPECT_EQ(decode("a\r\nb", true, false), "a\nb");
}

TEST(Literals, SplitString) {
  StrPrefix p;
  size_t b = 0, e = 0;
  lit_split_string("Rb'''x'''", p, b, e);
  EXPECT_TRUE(p.raw);
  EXPECT_TRUE(p.bytes);
  EXPECT_FALSE(p.unicode);
  EXPECT_EQ(b, 5u);
  EXPECT_EQ(e, 6u);
  lit_split_string("''", p, b, e);
  EXPECT_EQ(b, 1u);
  EXPECT_EQ(e, 1u);
  lit_split_string("''''''", p, b, e);
  EXPECT_EQ(b, 3u);
  EXPECT_EQ(e, 3u);
}

}  // namespace
}  // namespace rpy::syntax
