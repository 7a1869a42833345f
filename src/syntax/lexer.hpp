// The tokenizer: Python source text to tokens, with Python's NEWLINE / INDENT / DEDENT line
// structure, implicit line joining inside brackets, backslash continuation and comments.
// Literals are kept as their spelling; literals.hpp decodes them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/source.hpp"

namespace rpy::syntax {

enum class Tok : uint8_t {
  End,      // end of input
  Newline,  // end of a logical line
  Indent,   // the line is indented deeper than the previous one
  Dedent,   // one per indentation level closed
  Name,     // identifier (including the contextual words print, exec, nonlocal, async, await)
  Keyword,  // reserved word (see lex_is_keyword)
  Number,   // integer, float or imaginary literal
  String,   // one string literal with its prefix and quotes
  Op,       // operator or delimiter
  Error,    // a malformed token; the lexer has already reported it
};

struct Token {
  Tok kind = Tok::End;
  std::string_view text;  // spelling in the source (empty for Indent, Dedent, End)
  Loc loc;
  uint32_t offset = 0;     // byte offset of `text` in the file
  bool synthetic = false;  // Newline inserted to close a bracket the lexer reported unclosed
  bool is_op(std::string_view t) const { return kind == Tok::Op && text == t; }
  bool is_kw(std::string_view t) const { return kind == Tok::Keyword && text == t; }
  bool is_name(std::string_view t) const { return kind == Tok::Name && text == t; }
};

const char* lex_kind_name(Tok k);
bool lex_is_keyword(std::string_view s);

// Collects syntax errors from the lexer and the parser, and on flush() (or destruction) records
// them in the Diagnostics in source order, at most kMaxErrors of them.
class ErrorSink {
 public:
  static constexpr int kMaxErrors = 20;
  explicit ErrorSink(Diagnostics& d) : diags_(d) {}
  ~ErrorSink() { flush(); }
  ErrorSink(const ErrorSink&) = delete;
  ErrorSink& operator=(const ErrorSink&) = delete;

  void error(Loc loc, std::string msg);
  // An error that is dropped if another error is reported inside (loc, until): used for
  // "'(' was never closed" when the real mistake is inside the brackets.
  void error_unless_inner(Loc loc, Loc until, std::string msg);
  bool full() const { return static_cast<int>(pending_.size()) >= kMaxErrors; }
  int count() const { return static_cast<int>(pending_.size()); }
  void flush();

 private:
  struct Pending {
    Loc loc;
    std::string msg;
    bool droppable = false;
    Loc until;
  };
  Diagnostics& diags_;
  std::vector<Pending> pending_;
};

// Tokenizes a whole file. Always ends with Newline (if any token precedes), the Dedents that
// close open blocks, then End. Errors are reported to `errs` and produce Tok::Error tokens.
std::vector<Token> lex_file(const SourceFile& f, uint32_t file_id, ErrorSink& errs);

// Tokenizes the expression inside an f-string replacement field: the bytes [begin, end) of the
// file, starting at line:col. No line structure: newlines are whitespace. Ends with End.
std::vector<Token> lex_fragment(const SourceFile& f, uint32_t file_id, ErrorSink& errs, size_t begin, size_t end, uint32_t line,
                                uint32_t col);

}  // namespace rpy::syntax
