// Unit tests of the import-time evaluator's regex engine (results checked against Python's re).
#include <gtest/gtest.h>

#include "modules/support/regex.hpp"

using namespace rpy::modules::regex;

namespace {

Text regex_text(const std::string& s) { return Text(s.begin(), s.end()); }

// The span of group g of the first match (search), or "none".
std::string find(const std::string& pattern, const std::string& text, int g = 0, int flags = 0) {
  std::string err;
  size_t pos;
  auto rx = Regex::compile(regex_text(pattern), flags, err, pos);
  if (!rx) return "error: " + err;
  std::vector<int64_t> spans;
  int last;
  if (!rx->match(regex_text(text), 0, text.size(), false, false, spans, last)) return "none";
  if (spans[2 * g] < 0) return "unset";
  return text.substr(static_cast<size_t>(spans[2 * g]), static_cast<size_t>(spans[2 * g + 1] - spans[2 * g]));
}

std::string compile_error(const std::string& pattern) {
  std::string err;
  size_t pos;
  auto rx = Regex::compile(regex_text(pattern), 0, err, pos);
  return rx ? "" : err;
}

}  // namespace

TEST(Regex, LiteralsClassesAndAnchors) {
  EXPECT_EQ(find("b+", "aabbbc"), "bbb");
  EXPECT_EQ(find("[a-c]+", "xxcabz"), "cab");
  EXPECT_EQ(find("[^a-c]+", "abcxyzab"), "xyz");
  EXPECT_EQ(find("\\d+\\.\\d*", "pi=3.14!"), "3.14");
  EXPECT_EQ(find("^a", "ba"), "none");
  EXPECT_EQ(find("^b", "a\nb", 0, kMultiline), "b");
  EXPECT_EQ(find("x$", "x\n"), "x");
  EXPECT_EQ(find("x\\Z", "x\n"), "none");
  EXPECT_EQ(find("a.c", "a\nc"), "none");
  EXPECT_EQ(find("a.c", "a\nc", 0, kDotAll), "a\nc");
  EXPECT_EQ(find("\\bbig\\b", "a big word"), "big");
  EXPECT_EQ(find("HELLO", "say hello", 0, kIgnoreCase), "hello");
  EXPECT_EQ(find("[\\w.]+@\\w+", "mail me@host.org"), "me@host");
}

TEST(Regex, RepeatsGreedyAndLazy) {
  EXPECT_EQ(find("<.*>", "<a><b>"), "<a><b>");
  EXPECT_EQ(find("<.*?>", "<a><b>"), "<a>");
  EXPECT_EQ(find("a{2,3}", "aaaa"), "aaa");
  EXPECT_EQ(find("a{2,3}?", "aaaa"), "aa");
  EXPECT_EQ(find("(ab)+", "xababx", 1), "ab");
  EXPECT_EQ(find("(?:ab){2}", "abab"), "abab");
  EXPECT_EQ(find("x{,2}y", "xxxy"), "xxy");
  EXPECT_EQ(find("(a*)*b", "aab"), "aab");  // an empty iteration ends the loop
}

TEST(Regex, GroupsAlternationBackreferences) {
  EXPECT_EQ(find("(a|ab)(c|bcd)(d*)", "abcd", 2), "bcd");
  EXPECT_EQ(find("(?P<q>['\"]).*?(?P=q)", "say \"hi\" now"), "\"hi\"");
  EXPECT_EQ(find("(\\w)\\1", "abccd"), "cc");
  EXPECT_EQ(find("(a)?b", "b", 1), "unset");
  EXPECT_EQ(find("(a)?(?(1)c|d)", "d"), "d");
  EXPECT_EQ(find("(a)?(?(1)c|d)", "ac"), "ac");
}

TEST(Regex, Lookaround) {
  EXPECT_EQ(find("foo(?=bar)", "foobaz foobar"), "foo");
  EXPECT_EQ(find("\\d+(?!px)\\b", "10px 20em"), "none");
  EXPECT_EQ(find("\\d+(?!px)\\b", "10px 20"), "20");
  EXPECT_EQ(find("(?<=\\$)\\d+", "10 $20"), "20");
  EXPECT_EQ(find("(?<!\\$)\\b\\d+", "$10 20"), "20");
}

TEST(Regex, InlineFlagsAndVerbose) {
  EXPECT_EQ(find("(?i)abc", "xABC"), "ABC");
  EXPECT_EQ(find("a(?i:b)c", "aBc"), "aBc");
  EXPECT_EQ(find("a(?i:b)c", "aBC"), "none");
  EXPECT_EQ(find("(?x) a b  # comment\n c", "abc"), "abc");
}

TEST(Regex, SyntaxErrors) {
  EXPECT_EQ(compile_error("(abc"), "missing ), unterminated subpattern");
  EXPECT_EQ(compile_error("abc)"), "unbalanced parenthesis");
  EXPECT_EQ(compile_error("*a"), "nothing to repeat");
  EXPECT_EQ(compile_error("a**"), "multiple repeat");
  EXPECT_EQ(compile_error("[z-a]"), "bad character range");
  EXPECT_EQ(compile_error("(?<=a+)b"), "look-behind requires fixed-width pattern");
  EXPECT_EQ(compile_error("\\2(a)"), "invalid group reference 2");
}

TEST(Regex, AnchoredAndFullMatch) {
  std::string err;
  size_t pos;
  auto rx = Regex::compile(regex_text("a+"), 0, err, pos);
  std::vector<int64_t> spans;
  int last;
  EXPECT_FALSE(rx->match(regex_text("baa"), 0, 3, true, false, spans, last));
  EXPECT_TRUE(rx->match(regex_text("baa"), 1, 3, true, false, spans, last));
  EXPECT_EQ(spans[1], 3);
  EXPECT_FALSE(rx->match(regex_text("aab"), 0, 3, true, true, spans, last));
  EXPECT_TRUE(rx->match(regex_text("aab"), 0, 2, true, true, spans, last));
}
