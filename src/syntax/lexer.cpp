#include "syntax/lexer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace rpy::syntax {

const char* lex_kind_name(Tok k) {
  switch (k) {
    case Tok::End:
      return "end of file";
    case Tok::Newline:
      return "newline";
    case Tok::Indent:
      return "indent";
    case Tok::Dedent:
      return "dedent";
    case Tok::Name:
      return "name";
    case Tok::Keyword:
      return "keyword";
    case Tok::Number:
      return "number";
    case Tok::String:
      return "string";
    case Tok::Op:
      return "operator";
    case Tok::Error:
      return "error";
  }
  return "?";
}

namespace {

// Sorted, for binary search. print/exec/nonlocal/async/await are contextual (lexed as Name).
constexpr std::array<std::string_view, 32> kKeywords = {"False",    "None",   "True",  "and",    "as",   "assert", "break",   "class",
                                                        "continue", "def",    "del",   "elif",   "else", "except", "finally", "for",
                                                        "from",     "global", "if",    "import", "in",   "is",     "lambda",  "not",
                                                        "or",       "pass",   "raise", "return", "try",  "while",  "with",    "yield"};
static_assert(std::is_sorted(kKeywords.begin(), kKeywords.end()));

// Keywords that can only start a statement: seeing one first on a line inside brackets means a
// bracket was left open.
bool starts_statement_only(std::string_view s) {
  static constexpr std::string_view kWords[] = {"def",  "class", "return",   "import", "while",  "try", "except", "finally", "elif",
                                                "pass", "break", "continue", "raise",  "global", "del", "assert", "with"};
  for (auto w : kWords)
    if (w == s) return true;
  return false;
}

bool is_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// A valid string prefix: r u b f in any case, at most two letters, combinations rb br ur rf fr.
bool is_string_prefix(std::string_view s) {
  if (s.empty() || s.size() > 2) return false;
  bool r = false, u = false, b = false, f = false;
  for (char c : s) {
    switch (c | 0x20) {
      case 'r':
        if (r) return false;
        r = true;
        break;
      case 'u':
        if (u) return false;
        u = true;
        break;
      case 'b':
        if (b) return false;
        b = true;
        break;
      case 'f':
        if (f) return false;
        f = true;
        break;
      default:
        return false;
    }
  }
  if (s.size() == 2 && !r) return false;  // ub, bf, uf ... are not prefixes
  return true;
}

constexpr std::string_view kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
constexpr std::string_view kOps2[] = {
    "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "<>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "->", ":="};
constexpr std::string_view kOps1 = "+-*/%&|^~<>()[]{},:.;@=`";

class Lexer {
 public:
  Lexer(const SourceFile& f, uint32_t file_id, ErrorSink& errs, size_t begin, size_t end, uint32_t line, uint32_t col, bool fragment)
      : src_(f.text),
        file_(file_id),
        errs_(errs),
        pos_(begin),
        end_(end),
        line_(line),
        line_start_(begin - (col - 1)),
        fragment_(fragment) {}

  std::vector<Token> run() {
    if (!fragment_ && end_ >= 3 && src_.compare(0, 3, "\xEF\xBB\xBF") == 0 && pos_ == 0) {
      pos_ = line_start_ = 3;  // UTF-8 byte order mark
    }
    out_.reserve((end_ - pos_) / 4 + 16);
    at_line_start_ = !fragment_;
    while (true) {
      if (at_line_start_) {
        if (!start_line()) break;
        continue;
      }
      if (pos_ >= end_) break;
      char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < end_ && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
      } else if (c == '\n' || c == '\r') {
        newline_char();
      } else if (c == '\\') {
        backslash();
      } else if (is_ident_start(static_cast<unsigned char>(c))) {
        name_or_string();
      } else if (is_digit(c) || (c == '.' && pos_ + 1 < end_ && is_digit(src_[pos_ + 1]))) {
        number();
      } else if (c == '\'' || c == '"') {
        string(pos_);
      } else {
        op();
      }
    }
    finish();
    return std::move(out_);
  }

 private:
  uint32_t col_of(size_t p) const { return static_cast<uint32_t>(p - line_start_ + 1); }

  Loc loc_at(size_t begin, size_t p_end) const { return Loc{file_, line_, col_of(begin), line_, col_of(p_end)}; }

  void emit(Tok kind, size_t begin, size_t p_end, uint32_t start_line, uint32_t start_col) {
    Token t;
    t.kind = kind;
    t.text = std::string_view(src_).substr(begin, p_end - begin);
    t.loc = Loc{file_, start_line, start_col, line_, col_of(p_end)};
    t.offset = static_cast<uint32_t>(begin);
    out_.push_back(t);
    first_on_physical_line_ = false;
  }
  void emit_here(Tok kind, size_t begin, size_t p_end) { emit(kind, begin, p_end, line_, col_of(begin)); }

  bool last_is_line_end() const {
    return out_.empty() || out_.back().kind == Tok::Newline || out_.back().kind == Tok::Indent || out_.back().kind == Tok::Dedent;
  }

  // Consumes one "\n", "\r\n" or "\r" at pos_ and advances the line counter.
  void consume_newline() {
    last_newline_col_ = col_of(pos_);
    if (src_[pos_] == '\r' && pos_ + 1 < end_ && src_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  void newline_char() {
    if (fragment_) {
      consume_newline();
      return;
    }
    if (brackets_.empty()) {
      if (!last_is_line_end()) {
        size_t len = (src_[pos_] == '\r' && pos_ + 1 < end_ && src_[pos_ + 1] == '\n') ? 2 : 1;
        emit_here(Tok::Newline, pos_, pos_ + len);
      }
      consume_newline();
      at_line_start_ = true;
    } else {
      consume_newline();
      first_on_physical_line_ = true;
    }
  }

  // Measures the indentation of a new line, skips blank and comment-only lines, and emits
  // Indent/Dedent tokens. Returns false at end of input.
  bool start_line() {
    uint32_t width = 0;
    size_t p = pos_;
    while (p < end_) {
      char c = src_[p];
      if (c == ' ') {
        ++width;
      } else if (c == '\t') {
        width = (width / 8 + 1) * 8;
      } else if (c == '\f') {
        width = 0;
      } else {
        break;
      }
      ++p;
    }
    pos_ = p;
    if (p >= end_) return false;
    char c = src_[p];
    if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < end_ && (src_[p + 1] == '\n' || src_[p + 1] == '\r'))) {
      // Blank line (or comment-only): no tokens, no indentation change.
      while (pos_ < end_ && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
      if (pos_ < end_) consume_newline();
      return true;
    }
    at_line_start_ = false;
    Loc here{file_, line_, col_of(p), line_, col_of(p) + 1};
    if (width > indents_.back()) {
      indents_.push_back(width);
      out_.push_back(Token{Tok::Indent, {}, here, static_cast<uint32_t>(p)});
    } else {
      while (width < indents_.back()) {
        indents_.pop_back();
        out_.push_back(Token{Tok::Dedent, {}, here, static_cast<uint32_t>(p)});
      }
      if (width > indents_.back()) {
        errs_.error(Loc{file_, line_, 1, line_, col_of(p) + 1}, "unindent does not match any outer indentation level");
      }
    }
    return true;
  }

  void backslash() {
    size_t p = pos_ + 1;
    if (p < end_ && (src_[p] == '\n' || src_[p] == '\r')) {
      pos_ = p;
      consume_newline();
      return;
    }
    if (p >= end_) {  // backslash at end of file
      errs_.error(loc_at(pos_, pos_ + 1), "unexpected end of file after line continuation");
      emit_here(Tok::Error, pos_, pos_ + 1);
      pos_ = p;
      return;
    }
    errs_.error(loc_at(pos_, pos_ + 1), "unexpected character after line continuation character");
    emit_here(Tok::Error, pos_, pos_ + 1);
    ++pos_;
  }

  void name_or_string() {
    size_t begin = pos_;
    while (pos_ < end_ && is_ident_char(static_cast<unsigned char>(src_[pos_]))) ++pos_;
    std::string_view word = std::string_view(src_).substr(begin, pos_ - begin);
    if (pos_ < end_ && (src_[pos_] == '\'' || src_[pos_] == '"') && is_string_prefix(word)) {
      string(begin);
      return;
    }
    bool kw = lex_is_keyword(word);
    if (kw && first_on_physical_line_ && !brackets_.empty() && starts_statement_only(word)) {
      // A statement keyword inside brackets: the bracket was never closed. Report it, close
      // the logical line and lex this line afresh.
      Loc here{file_, line_, col_of(begin), line_, col_of(begin) + 1};
      errs_.error_unless_inner(brackets_.front().second, here, std::string("'") + brackets_.front().first + "' was never closed");
      brackets_.clear();
      Token nl{Tok::Newline, {}, here, static_cast<uint32_t>(begin), true};
      out_.push_back(nl);
      pos_ = line_start_;
      at_line_start_ = true;
      return;
    }
    emit_here(kw ? Tok::Keyword : Tok::Name, begin, pos_);
  }

  void number() {
    size_t begin = pos_;
    auto digits = [&](auto pred) {
      while (pos_ < end_ && (pred(src_[pos_]) || src_[pos_] == '_')) ++pos_;
    };
    bool bad = false;
    char c1 = pos_ + 1 < end_ ? static_cast<char>(src_[pos_ + 1] | 0x20) : 0;
    if (src_[pos_] == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
      pos_ += 2;
      digits([](char c) { return is_hex(c); });  // validated when the value is computed
      if (pos_ < end_ && (src_[pos_] == 'l' || src_[pos_] == 'L')) ++pos_;
    } else {
      digits(is_digit);
      bool is_float = false;
      if (pos_ < end_ && src_[pos_] == '.') {
        is_float = true;
        ++pos_;
        digits(is_digit);
      }
      if (pos_ < end_ && (src_[pos_] | 0x20) == 'e') {
        size_t p = pos_ + 1;
        if (p < end_ && (src_[p] == '+' || src_[p] == '-')) ++p;
        if (p < end_ && is_digit(src_[p])) {
          pos_ = p;
          digits(is_digit);
          is_float = true;
        }
      }
      if (pos_ < end_ && (src_[pos_] | 0x20) == 'j') {
        ++pos_;
      } else if (!is_float && pos_ < end_ && (src_[pos_] | 0x20) == 'l') {
        ++pos_;
      }
    }
    if (pos_ < end_ && is_ident_char(static_cast<unsigned char>(src_[pos_]))) {
      while (pos_ < end_ && is_ident_char(static_cast<unsigned char>(src_[pos_]))) ++pos_;
      bad = true;
    }
    if (bad) {
      errs_.error(loc_at(begin, pos_), "invalid decimal literal");
      emit_here(Tok::Error, begin, pos_);
      return;
    }
    emit_here(Tok::Number, begin, pos_);
  }

  // Lexes a string literal whose prefix starts at `begin` and whose quote is at pos_.
  void string(size_t begin) {
    uint32_t start_line = line_, start_col = col_of(begin);
    char q = src_[pos_];
    bool triple = pos_ + 2 < end_ && src_[pos_ + 1] == q && src_[pos_ + 2] == q;
    pos_ += triple ? 3 : 1;
    while (true) {
      if (pos_ >= end_) {
        Loc l{file_, start_line, start_col, start_line, start_col + (triple ? 3u : 1u)};
        if (!triple) l.end_col = col_of(pos_);
        errs_.error(l, triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
        emit(Tok::Error, begin, pos_, start_line, start_col);
        return;
      }
      char c = src_[pos_];
      if (c == '\\') {
        ++pos_;
        if (pos_ < end_ && (src_[pos_] == '\n' || src_[pos_] == '\r')) {
          consume_newline();
        } else if (pos_ < end_) {
          ++pos_;
        }
      } else if (c == '\n' || c == '\r') {
        if (!triple) {
          errs_.error(Loc{file_, line_, start_col, line_, col_of(pos_)}, "unterminated string literal");
          emit(Tok::Error, begin, pos_, start_line, start_col);
          return;
        }
        consume_newline();
      } else if (c == q) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (pos_ + 2 < end_ && src_[pos_ + 1] == q && src_[pos_ + 2] == q) {
          pos_ += 3;
          break;
        }
        ++pos_;
      } else {
        ++pos_;
      }
    }
    emit(Tok::String, begin, pos_, start_line, start_col);
  }

  void op() {
    size_t rest = end_ - pos_;
    std::string_view s = std::string_view(src_).substr(pos_, std::min<size_t>(rest, 3));
    size_t len = 0;
    if (s.size() >= 3)
      for (auto o : kOps3)
        if (s.substr(0, 3) == o) len = 3;
    if (!len && s.size() >= 2)
      for (auto o : kOps2)
        if (s.substr(0, 2) == o) len = 2;
    if (!len && kOps1.find(s[0]) != std::string_view::npos) len = 1;
    if (!len) {
      unsigned char c = static_cast<unsigned char>(s[0]);
      std::string msg = "invalid syntax";
      if (c == 0)
        msg = "source code cannot contain null bytes";
      else if (c < 0x20 || c == 0x7f) {
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", c);
        msg = std::string("invalid non-printable character ") + code;
      }
      errs_.error(loc_at(pos_, pos_ + 1), msg);
      emit_here(Tok::Error, pos_, pos_ + 1);
      ++pos_;
      return;
    }
    char c = s[0];
    if (len == 1 && (c == '(' || c == '[' || c == '{')) {
      brackets_.push_back({c, loc_at(pos_, pos_ + 1)});
    } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
      if (!brackets_.empty()) brackets_.pop_back();  // mismatches are the parser's to report
    }
    emit_here(Tok::Op, pos_, pos_ + len);
    pos_ += len;
  }

  void finish() {
    Loc here{file_, line_, col_of(pos_), line_, col_of(pos_) + 1};
    if (!fragment_ && pos_ == line_start_ && line_ > 1)  // point at the end of the last line
      here = Loc{file_, line_ - 1, last_newline_col_, line_ - 1, last_newline_col_ + 1};
    bool unclosed = !brackets_.empty() && !fragment_;
    if (unclosed) {
      const auto& b = brackets_.front();
      errs_.error_unless_inner(b.second, Loc{file_, line_ + 1, 1, line_ + 1, 1}, std::string("'") + b.first + "' was never closed");
    }
    if (!fragment_) {
      if (!last_is_line_end()) out_.push_back(Token{Tok::Newline, {}, here, uint32_t(pos_), unclosed});
      for (size_t i = 1; i < indents_.size(); ++i) out_.push_back(Token{Tok::Dedent, {}, here, static_cast<uint32_t>(pos_)});
    }
    out_.push_back(Token{Tok::End, {}, here, static_cast<uint32_t>(pos_)});
  }

  const std::string& src_;
  uint32_t file_;
  ErrorSink& errs_;
  size_t pos_, end_;
  uint32_t line_;
  size_t line_start_;
  bool fragment_;
  bool at_line_start_ = false;
  bool first_on_physical_line_ = false;
  uint32_t last_newline_col_ = 1;
  std::vector<uint32_t> indents_{0};
  std::vector<std::pair<char, Loc>> brackets_;
  std::vector<Token> out_;
};

}  // namespace

bool lex_is_keyword(std::string_view s) {
  auto it = std::lower_bound(kKeywords.begin(), kKeywords.end(), s);
  return it != kKeywords.end() && *it == s;
}

void ErrorSink::error(Loc loc, std::string msg) {
  if (full()) return;
  pending_.push_back(Pending{loc, std::move(msg), false, {}});
}

void ErrorSink::error_unless_inner(Loc loc, Loc until, std::string msg) {
  if (full()) return;
  pending_.push_back(Pending{loc, std::move(msg), true, until});
}

namespace {
bool before(const Loc& a, const Loc& b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }
}  // namespace

// "'(' was never closed" competes with the errors reported inside the brackets: an error on the
// bracket's own line is the real mistake (def f(:); one on a later line is a symptom of the
// missing bracket, as in Python.
void ErrorSink::flush() {
  std::stable_sort(pending_.begin(), pending_.end(), [](const Pending& a, const Pending& b) { return before(a.loc, b.loc); });
  std::vector<bool> drop(pending_.size(), false);
  for (size_t i = 0; i < pending_.size(); ++i) {
    const Pending& p = pending_[i];
    if (!p.droppable) continue;
    bool same_line = false;
    for (size_t j = 0; j < pending_.size(); ++j) {
      const Pending& q = pending_[j];
      if (q.droppable || !before(p.loc, q.loc) || !before(q.loc, p.until)) continue;
      if (q.loc.line == p.loc.line) {
        same_line = true;
      } else {
        drop[j] = true;
      }
    }
    if (same_line) drop[i] = true;
  }
  for (size_t i = 0; i < pending_.size(); ++i)
    if (!drop[i]) diags_.error(pending_[i].loc, pending_[i].msg);
  pending_.clear();
}

std::vector<Token> lex_file(const SourceFile& f, uint32_t file_id, ErrorSink& errs) {
  return Lexer(f, file_id, errs, 0, f.text.size(), 1, 1, false).run();
}

std::vector<Token> lex_fragment(const SourceFile& f, uint32_t file_id, ErrorSink& errs, size_t begin, size_t end, uint32_t line,
                                uint32_t col) {
  return Lexer(f, file_id, errs, begin, end, line, col, true).run();
}

}  // namespace rpy::syntax
