// A regular expression engine with the syntax and matching rules of Python's re (sre): groups
// (named, non-capturing), alternation, greedy and lazy repeats, classes, anchors, backreferences,
// lookahead and lookbehind, conditionals and inline flags. Patterns compile to a small program
// run by a backtracking machine with an explicit stack. Text is a sequence of code points (the
// bytes of a byte string, or the characters of a unicode string).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace rpy::modules::regex {

enum Flag : int {
  kIgnoreCase = 2,
  kLocale = 4,
  kMultiline = 8,
  kDotAll = 16,
  kUnicode = 32,
  kVerbose = 64,
  kAscii = 256,
  kPython2 = 1 << 20,  // not a re flag: Python 2 takes unknown escapes such as \q literally
};

using Text = std::vector<uint32_t>;

struct Program;

class Regex {
 public:
  // Compiles `pattern`; on a syntax error returns null and sets `error` (Python's message) and
  // `error_pos`. `unicode_classes`: \w, \d, \s and case folding know non-ASCII characters.
  static std::unique_ptr<Regex> compile(const Text& pattern, int flags, std::string& error, size_t& error_pos);
  ~Regex();

  // Matches at exactly `pos` (anchored) or at the first position from `pos` on (search), within
  // [0, endpos). `full`: the match must end at endpos. spans: 2 * (groups() + 1) offsets, -1
  // for groups that did not participate. Returns false when there is no match; throws
  // std::runtime_error when the match takes too many steps.
  bool match(const Text& text, size_t pos, size_t endpos, bool anchored, bool full, std::vector<int64_t>& spans, int& lastindex) const;
  int groups() const;
  const std::map<std::string, int>& group_names() const;
  int flags() const;

 private:
  Regex() = default;
  std::unique_ptr<Program> prog_;
};

}  // namespace rpy::modules::regex
