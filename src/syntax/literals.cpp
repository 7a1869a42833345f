#include "syntax/literals.hpp"

#include <cstdlib>

#include "rpy/utf8.hpp"

namespace rpy::syntax {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

const char* base_name(int base) {
  switch (base) {
    case 16:
      return "hexadecimal";
    case 8:
      return "octal";
    case 2:
      return "binary";
    default:
      return "decimal";
  }
}

}  // namespace

std::string lit_parse_int(std::string_view text, IntValue& out) {
  out = IntValue{};
  std::string_view s = text;
  if (!s.empty() && (s.back() == 'l' || s.back() == 'L')) {
    out.long_suffix = true;
    s.remove_suffix(1);
  }
  int base = 10;
  bool explicit_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 8;  // else Python 2 octal 0777
    explicit_prefix = p == 'x' || p == 'o' || p == 'b';
    s.remove_prefix(explicit_prefix ? 2 : 1);
  }
  std::string invalid = "invalid " + std::string(base_name(base)) + " literal";
  bool any = false, prev_underscore = false;
  for (char c : s) {
    if (c == '_') {
      if (prev_underscore || (!any && !explicit_prefix)) return invalid;
      prev_underscore = true;
      continue;
    }
    prev_underscore = false;
    int d = digit_value(c);
    if (d >= base) {
      return "invalid digit '" + std::string(1, c) + "' in " + base_name(base) + " literal";
    }
    if (!out.overflow) {
      unsigned __int128 v = static_cast<unsigned __int128>(out.value) * base + d;
      if (v > UINT64_MAX) {
        out.overflow = true;
      } else {
        out.value = static_cast<uint64_t>(v);
      }
    }
    any = true;
  }
  if (prev_underscore || !any) return invalid;
  return {};
}

bool lit_is_float(std::string_view text) {
  if (text.size() >= 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x' || p == 'o' || p == 'b') return false;
  }
  for (char c : text)
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') return true;
  return false;
}

double lit_parse_float(std::string_view text, bool& imaginary) {
  std::string clean;
  clean.reserve(text.size());
  imaginary = false;
  for (char c : text) {
    if (c == '_') continue;
    if (c == 'j' || c == 'J') {
      imaginary = true;
      continue;
    }
    clean += c;
  }
  return std::strtod(clean.c_str(), nullptr);
}

void lit_split_string(std::string_view token, StrPrefix& prefix, size_t& body_begin, size_t& body_end) {
  prefix = StrPrefix{};
  size_t i = 0;
  while (i < token.size() && token[i] != '\'' && token[i] != '"') {
    switch (token[i] | 0x20) {
      case 'r':
        prefix.raw = true;
        break;
      case 'u':
        prefix.unicode = true;
        break;
      case 'b':
        prefix.bytes = true;
        break;
      case 'f':
        prefix.fstring = true;
        break;
      default:
        break;
    }
    ++i;
  }
  size_t q = (i + 2 < token.size() && token[i + 1] == token[i] && token[i + 2] == token[i] && token.size() - i >= 6) ? 3 : 1;
  body_begin = i + q;
  body_end = token.size() >= body_begin + q ? token.size() - q : body_begin;
}

void lit_append_utf8(std::string& out, uint32_t cp) {
  char buf[4];
  out.append(buf, static_cast<size_t>(rpy::utf8::encode(cp, buf)));
}

std::string lit_decode(std::string_view body, bool raw, bool unicode, std::string& out, size_t& err_pos) {
  std::string err;
  out.reserve(out.size() + body.size());
  auto fail = [&](size_t at, std::string msg) {
    if (err.empty()) {
      err = std::move(msg);
      err_pos = at;
    }
  };
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c == '\r') {  // CRLF or lone CR in a multi-line literal reads as LF
      out += '\n';
      i += (i + 1 < n && body[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\' || raw) {
      if (c == '\\' && raw && i + 1 < n) {  // raw: the backslash stays, the next char is literal
        out += c;
        ++i;
        c = body[i];
        if (c == '\r') continue;
      }
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (i + 1 >= n) {
      out += '\\';
      ++i;
      continue;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && body[i] == '\n') ++i;
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k, ++i) v = v * 8 + static_cast<uint32_t>(body[i] - '0');
        if (unicode) {
          lit_append_utf8(out, v);
        } else {
          out += static_cast<char>(v & 0xFF);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (e != 'x' && !unicode) {  // Python 2 str: \u is not an escape
          out += '\\';
          out += e;
          break;
        }
        int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < want && i < n && digit_value(body[i]) < 16) {
          v = v * 16 + static_cast<uint32_t>(digit_value(body[i]));
          ++i;
          ++got;
        }
        if (got < want) {
          fail(start, e == 'x' ? "invalid \\x escape: expected two hexadecimal digits" : "truncated \\" + std::string(1, e) + " escape");
          break;
        }
        if (v > 0x10FFFF) {
          fail(start, "illegal Unicode character in \\U escape");
          break;
        }
        if (unicode) {
          lit_append_utf8(out, v);
        } else {
          out += static_cast<char>(v);
        }
        break;
      }
      case 'N':
        if (!unicode) {
          out += "\\N";
          break;
        }
        fail(start, "\\N{...} escapes are not supported");
        if (i < n && body[i] == '{') {
          while (i < n && body[i] != '}') ++i;
          if (i < n) ++i;
        }
        break;
      default:  // unknown escape: kept as written
        out += '\\';
        out += e;
        break;
    }
  }
  return err;
}

}  // namespace rpy::syntax
