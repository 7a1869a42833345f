// Unit tests for diagnostics rendering (common/diagnostics.hpp, common/display.hpp): escaping of
// what a terminal would not show, windows of long lines, folded notes, colour.
#include <gtest/gtest.h>

#include <string>

#include "common/diagnostics.hpp"
#include "common/display.hpp"

namespace rpy {
namespace {

TEST(Display, PrintableEscapesWhatATerminalHides) {
  EXPECT_EQ(printable("plain text"), "plain text");
  EXPECT_EQ(printable(std::string("a\0b", 3)), "a\\x00b");
  EXPECT_EQ(printable("bell\a del\x7f"), "bell\\x07 del\\x7f");
  EXPECT_EQ(printable("tab\there"), "tab\there");
  EXPECT_EQ(printable("two\nlines"), "two\nlines");
  EXPECT_EQ(printable("caf\xc3\xa9"), "caf\xc3\xa9");      // valid UTF-8 stays
  EXPECT_EQ(printable("bad \xff\xfe"), "bad \\xff\\xfe");  // invalid bytes do not
  EXPECT_EQ(printable("\xc0\xaf"), "\\xc0\\xaf");          // an overlong '/'
  EXPECT_EQ(printable("x\xe2\x80\xaey"), "x\\u202ey");     // right-to-left override
  EXPECT_EQ(printable("\xef\xbb\xbfz"), "\\ufeffz");       // byte order mark
}

TEST(Display, ExcerptOfAShortLineIsTheLine) {
  Excerpt e = excerpt("x = 1 + 'a'", 4, 11, 100);
  EXPECT_EQ(e.text, "x = 1 + 'a'");
  EXPECT_EQ(e.caret, 4u);
  EXPECT_EQ(e.width, 7u);
}

TEST(Display, ExcerptCountsColumnsNotBytes) {
  // "é" is two bytes, one column; the escaped NUL takes four columns; a tab reaches column 8.
  Excerpt e = excerpt("s = '\xc3\xa9' + x", 11, 12, 100);
  EXPECT_EQ(e.caret, 10u);
  e = excerpt(std::string("s = '\0' + x", 11), 10, 11, 100);
  EXPECT_EQ(e.text, "s = '\\x00' + x");
  EXPECT_EQ(e.caret, 13u);
  e = excerpt("\tx = y", 1, 2, 100);
  EXPECT_EQ(e.text, "        x = y");
  EXPECT_EQ(e.caret, 8u);
}

TEST(Display, ExcerptPointsPastTheEnd) {
  Excerpt e = excerpt("if x", 4, 5, 100);  // "expected ':'" after the last character
  EXPECT_EQ(e.caret, 4u);
  EXPECT_EQ(e.width, 1u);
}

TEST(Display, ExcerptOfALongLineIsAWindow) {
  std::string line = "x = " + std::string(5000, 'a') + " + bad + " + std::string(5000, 'b');
  uint32_t at = 4 + 5000 + 3;
  Excerpt e = excerpt(line, at, at + 3, 100);
  EXPECT_LE(e.text.size(), 100u);
  EXPECT_EQ(e.text.substr(0, 3), "...");
  EXPECT_EQ(e.text.substr(e.text.size() - 3), "...");
  EXPECT_EQ(e.text.substr(e.caret, 3), "bad");
  EXPECT_EQ(e.width, 3u);
  // Near the start: the start of the line, cut at the end only.
  e = excerpt(line, 0, 1, 100);
  EXPECT_EQ(e.text.substr(0, 4), "x = ");
  EXPECT_EQ(e.caret, 0u);
  // Near the end: cut at the start only.
  e = excerpt(line, static_cast<uint32_t>(line.size()) - 1, static_cast<uint32_t>(line.size()), 100);
  EXPECT_EQ(e.text.substr(0, 3), "...");
  EXPECT_EQ(e.text.back(), 'b');
  EXPECT_EQ(e.caret, e.text.size() - 1);
}

struct Rendered {
  SourceManager sm;
  Diagnostics diags{sm};
  uint32_t file;
  explicit Rendered(const std::string& text) { file = sm.add("t.py", "t", text); }
};

TEST(Diagnostics, NulInTheLineDoesNotCutTheOutput) {
  Rendered r(std::string("x = 1 +\0 2\n", 11));
  r.diags.error(Loc{r.file, 1, 8, 1, 9}, "invalid non-printable character U+0000");
  std::string out = r.diags.render();
  EXPECT_EQ(out,
            "t.py:1:8: error: invalid non-printable character U+0000\n"
            "  x = 1 +\\x00 2\n"
            "         ^~~~\n");
}

TEST(Diagnostics, RepeatedNotesAreFolded) {
  Rendered r("def f(n):\n    return f(n + 1)\nX = f(0)\n");
  Diagnostic& d = r.diags.error(Loc{r.file, 2, 12, 2, 20}, "module-level code raised RuntimeError");
  d.notes.push_back({Loc{r.file, 3, 5, 3, 9}, "called from here"});
  for (int i = 0; i < 400; ++i) d.notes.push_back({Loc{r.file, 2, 12, 2, 20}, "called from here"});
  std::string out = r.diags.render();
  size_t notes = 0;
  for (size_t at = out.find("note:"); at != std::string::npos; at = out.find("note:", at + 1)) ++notes;
  EXPECT_EQ(notes, 5u);  // the call at module level, three of the repeated one, the count
  EXPECT_NE(out.find("note: (the note above is repeated 397 more times)"), std::string::npos) << out;
}

TEST(Diagnostics, ManyDifferentNotesShowTheirEnds) {
  Rendered r("a\nb\n");
  Diagnostic& d = r.diags.error(Loc{r.file, 1, 1, 1, 2}, "mutual recursion");
  for (int i = 0; i < 100; ++i) d.notes.push_back({Loc{r.file, static_cast<uint32_t>(1 + i % 2), 1, 0, 0}, "called from here"});
  std::string out = r.diags.render();
  EXPECT_NE(out.find("note: (88 more notes not shown)"), std::string::npos) << out;
}

TEST(Diagnostics, ColourOnlyWhenAsked) {
  Rendered r("x\n");
  r.diags.error(Loc{r.file, 1, 1, 1, 2}, "bad");
  EXPECT_EQ(r.diags.render().find('\033'), std::string::npos);
  r.diags.options().colour = true;
  std::string out = r.diags.render();
  EXPECT_NE(out.find("\033[1;31merror:\033[0m"), std::string::npos) << out;
  EXPECT_NE(out.find("\033[1;32m^\033[0m"), std::string::npos) << out;
}

TEST(Diagnostics, MessagesAreEscapedToo) {
  Rendered r("x\n");
  r.diags.error(Loc{}, std::string("raised ValueError: a\0b\x1b[2J", 26));
  EXPECT_EQ(r.diags.render(), "error: raised ValueError: a\\x00b\\x1b[2J\n");
}

}  // namespace
}  // namespace rpy
