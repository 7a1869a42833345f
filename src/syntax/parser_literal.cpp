// Literal atoms: numbers, adjacent string literals and f-strings.
#include <algorithm>
#include <cctype>

#include "rpy/utf8.hpp"
#include "syntax/literals.hpp"
#include "syntax/parser_internal.hpp"

namespace rpy::syntax {

namespace {

void append_literal(FStringExpr& f, std::string_view text) {
  if (text.empty()) return;
  if (!f.parts.empty() && !f.parts.back().expr) {
    f.parts.back().literal += text;
    return;
  }
  FStringPart part;
  part.literal = std::string(text);
  f.parts.push_back(std::move(part));
}

// Skips a quoted string inside an f-string replacement field; returns the offset after it.
size_t skip_quoted(const std::string& s, size_t i, size_t end) {
  char q = s[i];
  bool triple = i + 2 < end && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < end) {
    if (s[i] == '\\') {
      i += 2;
    } else if (s[i] == q && (!triple || (i + 2 < end && s[i + 1] == q && s[i + 2] == q))) {
      return i + (triple ? 3 : 1);
    } else {
      ++i;
    }
  }
  return end;
}

}  // namespace

Loc Parser::loc_of_offset(size_t begin, size_t end) const {
  auto line_col = [&](size_t off, uint32_t& line, uint32_t& col) {
    const auto& starts = file_.line_starts;
    auto it = std::upper_bound(starts.begin(), starts.end(), off);
    size_t idx = it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
    line = static_cast<uint32_t>(idx + 1);
    col = static_cast<uint32_t>(off - (starts.empty() ? 0 : starts[idx]) + 1);
  };
  Loc l;
  l.file = file_id_;
  line_col(begin, l.line, l.col);
  line_col(end, l.end_line, l.end_col);
  return l;
}

ExprPtr Parser::parse_number() {
  const Token& t = advance();
  if (lit_is_float(t.text)) {
    bool imaginary = false;
    double v = lit_parse_float(t.text, imaginary);
    auto f = std::make_unique<FloatLit>(v, t.loc);
    f->imaginary = imaginary;
    return f;
  }
  IntValue iv;
  std::string err = lit_parse_int(t.text, iv);
  if (!err.empty()) error(t.loc, err);
  auto i = std::make_unique<IntLit>(iv.value, t.loc);
  i->overflow = iv.overflow;
  i->long_suffix = iv.long_suffix;
  i->text = std::string(t.text);
  if (iv.long_suffix) saw_py2(t.loc, "a long literal (10L)");
  if (t.text.size() > 1 && t.text[0] == '0' && isdigit(static_cast<unsigned char>(t.text[1])) &&
      t.text.find_first_not_of("0_") != std::string::npos)
    saw_py2(t.loc, "an octal literal without 0o");
  return i;
}

ExprPtr Parser::parse_strings() {
  Loc start = peek().loc;
  std::unique_ptr<FStringExpr> fstr;
  std::string value;
  bool is_unicode = false, is_bytes = false;
  while (peek().kind == Tok::String) {
    const Token& t = advance();
    StrPrefix prefix;
    size_t body_begin = 0, body_end = 0;
    lit_split_string(t.text, prefix, body_begin, body_end);
    if (prefix.unicode && prefix.raw) saw_py2(t.loc, "a ur'' string");
    if (prefix.fstring) {
      if (!fstr) {
        fstr = std::make_unique<FStringExpr>(start);
        append_literal(*fstr, value);
      }
      parse_fstring_body(t.offset + body_begin, t.offset + body_end, prefix.raw, *fstr, 0);
      continue;
    }
    std::string decoded;
    size_t err_pos = 0;
    std::string body(t.text.substr(body_begin, body_end - body_begin));
    bool text = py3_text && !prefix.bytes;  // a Python 3 str: escapes are code points
    std::string err = lit_decode(body, prefix.raw, prefix.unicode || text, decoded, err_pos);
    if (!err.empty()) {
      size_t at = t.offset + body_begin + err_pos;
      error(loc_of_offset(at, std::min(at + 2, static_cast<size_t>(t.offset) + body_end)), err);
    } else if (text && !rpy::utf8::valid(decoded.data(), static_cast<int64_t>(decoded.size()))) {
      error(t.loc,
            "this str is not valid UTF-8 text: rpy does not support lone surrogates (\\ud800 to \\udfff) or source bytes "
            "that are not UTF-8 in a Python 3 str");
    }
    is_unicode |= prefix.unicode && !py3_text;  // Python 3: u"" is a str like any other
    is_bytes |= prefix.bytes;
    if (fstr) {
      append_literal(*fstr, decoded);
    } else {
      value += decoded;
    }
  }
  if (fstr) {
    fstr->loc = span_from(start);
    return fstr;
  }
  auto s = std::make_unique<StrLit>(std::move(value), span_from(start));
  s->is_unicode = is_unicode;
  s->is_bytes_prefix = is_bytes;
  return s;
}

// Parses the text of an f-string (or of a format spec inside one) between file offsets
// [begin, end), appending literal parts and {replacement fields} to `out`.
void Parser::parse_fstring_body(size_t begin, size_t end, bool raw, FStringExpr& out, int nesting) {
  const std::string& s = file_.text;
  if (nesting > 1) fail_at(loc_of_offset(begin, end), "f-string: expressions nested too deeply");
  size_t seg = begin, i = begin;
  auto flush = [&](size_t to) {
    if (to <= seg) return;
    std::string decoded;
    size_t err_pos = 0;
    std::string err = lit_decode(std::string_view(s).substr(seg, to - seg), raw, true, decoded, err_pos);
    if (!err.empty()) error(loc_of_offset(seg + err_pos, seg + err_pos + 2), err);
    append_literal(out, decoded);
  };
  while (i < end) {
    char c = s[i];
    if (c == '\\' && !raw && i + 1 < end) {
      if (s[i + 1] == 'N' && i + 2 < end && s[i + 2] == '{') {
        while (i < end && s[i] != '}') ++i;
        if (i < end) ++i;
      } else {
        i += 2;
      }
      continue;
    }
    if (c == '}') {
      if (i + 1 < end && s[i + 1] == '}') {
        flush(i + 1);
        i += 2;
        seg = i;
        continue;
      }
      fail_at(loc_of_offset(i, i + 1), "f-string: single '}' is not allowed");
    }
    if (c != '{') {
      ++i;
      continue;
    }
    if (nesting == 0 && i + 1 < end && s[i + 1] == '{') {
      flush(i + 1);
      i += 2;
      seg = i;
      continue;
    }
    flush(i);
    // Find the end of the expression: a top-level '}', '!', ':' or '=' (self-documenting).
    size_t j = i + 1;
    int depth = 0;
    while (j < end) {
      char d = s[j];
      if (d == '\'' || d == '"') {
        j = skip_quoted(s, j, end);
        continue;
      }
      if (d == '(' || d == '[' || d == '{') ++depth;
      if ((d == ')' || d == ']' || d == '}') && depth > 0) {
        --depth;
        ++j;
        continue;
      }
      if (depth == 0) {
        if (d == '}' || d == ':') break;
        if (d == '!' && j + 1 < end && s[j + 1] != '=') break;
        if (d == '=' && j + 1 < end && s[j + 1] != '=' && s[j - 1] != '=' && s[j - 1] != '!' && s[j - 1] != '<' && s[j - 1] != '>') break;
      }
      ++j;
    }
    if (j >= end) fail_at(loc_of_offset(i, i + 1), "f-string: expecting '}'");
    FStringPart part;
    part.expr = parse_fstring_field_expr(i + 1, j);
    if (s[j] == '=') {  // f"{x=}": the expression text, '=', then repr unless a spec follows
      append_literal(out, std::string_view(s).substr(i + 1, j + 1 - (i + 1)));
      ++j;
      if (j < end && s[j] != '!' && s[j] != ':') part.conversion = 'r';
    }
    if (j < end && s[j] == '!') {
      char conv = j + 1 < end ? s[j + 1] : 0;
      if (conv != 's' && conv != 'r' && conv != 'a') fail_at(loc_of_offset(j, j + 2), "f-string: invalid conversion character");
      part.conversion = conv;
      j += 2;
    }
    if (j < end && s[j] == ':') {
      size_t k = j + 1;
      int d = 0;
      while (k < end) {
        if (s[k] == '{') ++d;
        if (s[k] == '}') {
          if (d == 0) break;
          --d;
        }
        ++k;
      }
      auto spec = std::make_unique<FStringExpr>(loc_of_offset(j + 1, k));
      parse_fstring_body(j + 1, k, raw, *spec, nesting + 1);
      part.format_spec = std::move(spec);
      j = k;
    }
    if (j >= end || s[j] != '}') {
      fail_at(loc_of_offset(std::min(j, end), std::min(j, end) + 1), "f-string: expecting '}'");
    }
    out.parts.push_back(std::move(part));
    i = j + 1;
    seg = i;
  }
  flush(end);
}

ExprPtr Parser::parse_fstring_field_expr(size_t begin, size_t end) {
  Loc at = loc_of_offset(begin, end);
  std::vector<Token> toks = lex_fragment(file_, file_id_, errs_, begin, end, at.line, at.col);
  if (toks.size() == 1) {
    at.end_line = at.line;
    at.end_col = at.col + 1;
    fail_at(at, "f-string: empty expression not allowed");
  }
  Parser sub(file_, file_id_, errs_, std::move(toks));
  sub.future_print_ = future_print_;
  sub.depth_ = depth_;
  sub.fragment_ = true;
  return sub.parse_fragment_expr();
}

}  // namespace rpy::syntax
