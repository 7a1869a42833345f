// The grammar of str.format replacement fields (format_fields.hpp), after CPython's
// MarkupIterator, parse_field and FieldNameIterator (3.11 and 2.7).
#include "common/format_fields.hpp"

#include <cstdio>

namespace rpy {

namespace {

size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4; }

// The character at f[i] (one code point's bytes when text), advancing i.
std::string take_char(const std::string& f, size_t& i, FieldDialect d) {
  size_t n = d.text ? utf8_len(static_cast<unsigned char>(f[i])) : 1;
  if (i + n > f.size()) n = f.size() - i;
  std::string c = f.substr(i, n);
  i += n;
  return c;
}

// CPython's get_integer: -1 when `s` is empty or not all decimal digits; "Too many decimal
// digits" when the digits read so far would pass the largest Py_ssize_t.
int64_t field_integer(const std::string& s, std::string& error) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    int64_t digit = c - '0';
    if (acc > (INT64_MAX - digit) / 10) {
      error = "Too many decimal digits in format string";
      return -1;
    }
    acc = acc * 10 + digit;
  }
  return acc;
}

// Python 3's parse_field: the field starting at f[i] (past its '{'), up to and past its '}'.
bool parse_field3(const std::string& f, size_t& i, FormatPiece& p, std::string& error, FieldDialect d) {
  const size_t n = f.size(), start = i;
  char c = 0;
  while (i < n) {
    c = f[i++];
    if (c == '{') {
      error = "unexpected '{' in field name";
      return false;
    }
    if (c == '[') {
      while (i < n && f[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') {
    error = "expected '}' before end of string";
    return false;
  }
  p.name_text = f.substr(start, i - 1 - start);
  if (c == '}') return true;
  if (c == '!') {
    if (i >= n) {
      error = "end of string while looking for conversion specifier";
      return false;
    }
    p.conversion = take_char(f, i, d);
    if (i < n) {
      c = f[i++];
      if (c == '}') return true;
      if (c != ':') {
        error = "expected ':' after conversion specifier";
        return false;
      }
    }
  }
  const size_t spec_start = i;
  for (int count = 1; i < n;) {
    c = f[i++];
    if (c == '{') {
      p.spec_nested = true;
      ++count;
    } else if (c == '}' && --count == 0) {
      p.spec = f.substr(spec_start, i - 1 - spec_start);
      return true;
    }
  }
  error = "unmatched '{' in format spec";
  return false;
}

// Python 2.7: the field ends at its matching brace, then splits at its first ':' or '!'.
bool parse_field2(const std::string& f, size_t& i, FormatPiece& p, std::string& error, FieldDialect d) {
  const size_t n = f.size(), start = i;
  for (int count = 1;;) {
    if (i >= n) {
      error = "unmatched '{' in format";
      return false;
    }
    char c = f[i++];
    if (c == '{') ++count;
    if (c == '}' && --count == 0) break;
  }
  const std::string field = f.substr(start, i - 1 - start);
  size_t k = field.find_first_of(":!");
  p.name_text = field.substr(0, k);
  if (k == std::string::npos) return true;
  size_t j = k + 1;
  if (field[k] == '!') {
    if (j >= field.size()) {
      error = "end of format while looking for conversion specifier";
      return false;
    }
    p.conversion = take_char(field, j, d);
    if (j < field.size() && field[j++] != ':') {
      error = "expected ':' after format specifier";
      return false;
    }
  }
  p.spec = field.substr(std::min(j, field.size()));
  p.spec_nested = p.spec.find('{') != std::string::npos;
  return true;
}

}  // namespace

FormatScan scan_format_string(const std::string& f, FieldDialect d) {
  FormatScan r;
  const size_t n = f.size();
  FormatPiece p;
  for (size_t i = 0; i < n;) {
    const size_t start = i;
    char c = 0;
    bool markup = false;
    while (i < n) {
      c = f[i++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    if (!markup) {
      p.literal += f.substr(start);
      break;
    }
    p.literal += f.substr(start, i - 1 - start);
    if (i < n && f[i] == c) {  // "{{" or "}}"
      p.literal += c;
      ++i;
      continue;
    }
    if (c == '}' || i >= n) {
      r.error = c == '}' ? "Single '}' encountered in format string" : "Single '{' encountered in format string";
      return r;
    }
    p.present = true;
    if (!(d.py2 ? parse_field2(f, i, p, r.error, d) : parse_field3(f, i, p, r.error, d))) return r;
    p.name = parse_field_name(p.name_text);
    r.pieces.push_back(std::move(p));
    p = FormatPiece{};
  }
  if (!p.literal.empty()) r.pieces.push_back(std::move(p));
  return r;
}

FieldName parse_field_name(const std::string& name) {
  FieldName fn;
  size_t i = 0;
  const size_t n = name.size();
  while (i < n && name[i] != '.' && name[i] != '[') ++i;
  const std::string first = name.substr(0, i);
  int64_t idx = field_integer(first, fn.error);
  if (!fn.error.empty()) {
    fn.error_first = true;
    return fn;
  }
  if (first.empty()) {
    fn.kind = FieldName::Kind::Auto;
  } else if (idx >= 0) {
    fn.kind = FieldName::Kind::Index;
    fn.index = idx;
  } else {
    fn.kind = FieldName::Kind::Keyword;
    fn.keyword = first;
  }
  while (i < n) {
    FieldAccess a;
    char c = name[i++];
    if (c == '.') {
      a.attr = true;
      size_t s = i;
      while (i < n && name[i] != '.' && name[i] != '[') ++i;
      a.name = name.substr(s, i - s);
    } else if (c == '[') {
      size_t close = name.find(']', i);
      if (close == std::string::npos) {
        fn.error = "Missing ']' in format string";
        return fn;
      }
      a.name = name.substr(i, close - i);
      i = close + 1;
      a.index = field_integer(a.name, fn.error);
      if (!fn.error.empty()) return fn;
      a.int_key = a.index >= 0;
    } else {
      fn.error = "Only '.' or '[' may follow ']' in format field specifier";
      return fn;
    }
    if (a.name.empty()) {
      fn.error = "Empty attribute in format string";
      return fn;
    }
    fn.path.push_back(std::move(a));
  }
  return fn;
}

std::string format_conversion_error(const std::string& conversion, FieldDialect d) {
  if (conversion.empty() || conversion == "s" || conversion == "r" || (conversion == "a" && !d.py2)) return "";
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(conversion[k])); };
  uint32_t cp = conversion.empty() ? 0 : b(0);
  if (d.text && conversion.size() > 1) {
    cp = conversion.size() == 2 ? cp & 0x1f : conversion.size() == 3 ? cp & 0x0f : cp & 0x07;
    for (size_t k = 1; k < conversion.size(); ++k) cp = (cp << 6) | (b(k) & 0x3f);
  } else if (!d.text && d.py2 && cp >= 0x80) {
    cp |= 0xffffff00u;  // Python 2 prints the byte as a signed char
  }
  if (cp > 32 && cp < 127) return "Unknown conversion specifier " + std::string(1, static_cast<char>(cp));
  char buf[48];
  std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x", cp);
  return buf;
}

std::string format_literal_source(const std::string& literal) {
  std::string out;
  for (char c : literal) {
    out += c;
    if (c == '{' || c == '}') out += c;
  }
  return out;
}

std::string format_field_source(const FormatPiece& p) {
  std::string out = "{" + p.name_text;
  if (!p.conversion.empty()) out += "!" + p.conversion;
  if (!p.spec.empty()) out += ":" + p.spec;
  return out + "}";
}

}  // namespace rpy
