// Python 3 str as text: the UTF-8 bytes of a Str indexed by code point. Every function here is
// reached only for text that is not ASCII (or through an ASCII fast path that forwards to the
// byte functions of str.cpp), so programs over ASCII strings run the code they always ran.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "rpy/file.hpp"
#include "rpy/format.hpp"
#include "rpy/ints.hpp"
#include "rpy/io.hpp"
#include "rpy/translate.hpp"
#include "rpy/utf8.hpp"

#include "rpy/unicode_ranges.hpp"

namespace rpy {

namespace {

using unicode::in_ranges;
using unicode::UniMap;
using unicode::UniRange;
#include "rpy/unicode_tables.inc"
using unicode::map1;
using unicode::UniMap1;
#include "rpy/unicode27_tables.inc"
#include "rpy/unicode_is.inc"
#include "rpy/unicode_case.inc"

std::vector<uint32_t> decode_all(const Str* s) {
  std::vector<uint32_t> out;
  out.reserve(static_cast<size_t>(str_ncp(s)));
  for (int64_t i = 0; i < s->len;) {
    int k = utf8::seq_len(s->data, i, s->len);
    out.push_back(utf8::decode(s->data + i, k));
    i += k;
  }
  return out;
}
void put_cp(Buffer& b, uint32_t cp) {
  char tmp[4];
  b.put(tmp, utf8::encode(cp, tmp));
}
Str* encode_all(const std::vector<uint32_t>& cps) {
  Buffer b;
  for (uint32_t c : cps) put_cp(b, c);
  return b.to_str();
}
// The byte offset of code point index i of s (0 <= i <= ncp).
int64_t byte_at(const Str* s, int64_t i) { return utf8::offset(s->data, s->len, i); }

[[noreturn]] void unsupported(const char* what) {
  std::string m = std::string("rpy: ") + what + " is not supported by rpy yet";
  fatal(m.c_str());
}

}  // namespace

const Str* str_numeral_ascii3(const Str* s) {
  int64_t i = 0;
  while (i < s->len && !(s->data[i] & 0x80)) ++i;
  if (i == s->len) return nullptr;
  Buffer b;
  b.put(s->data, i);
  while (i < s->len) {
    int k = utf8::seq_len(s->data, i, s->len);
    uint32_t c = utf8::decode(s->data + i, k);
    i += k;
    if (c < 0x80) {
      b.put(static_cast<char>(c));
    } else if (in_ranges(kSpace, c)) {
      b.put(' ');
    } else {
      // Decimal digits come in runs of ten from a zero, and the table's ranges start at one.
      const UniRange* r =
          std::upper_bound(std::begin(kDecimal), std::end(kDecimal), c, [](uint32_t x, const UniRange& d) { return x < d.first; });
      if (r == std::begin(kDecimal) || c > (r - 1)->last) {
        b.put('?');
        break;
      }
      b.put(static_cast<char>('0' + (c - (r - 1)->first) % 10));
    }
  }
  return b.to_str();
}

int64_t str_count_cps(const Str* s) {
  int64_t n = utf8::count(s->data, s->len);
  str_set_ncp(s, n);  // more than INT32_MAX: counted again when asked
  return n;
}

Str* str_getitem3_slow(const Str* s, int64_t i) {
  int64_t n = str_ncp(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("string index out of range");
  int64_t at = byte_at(s, i);
  return str_new(s->data + at, utf8::seq_len(s->data, at, s->len));
}

Str* str_cp_at_slow(const Str* s, int64_t i, int64_t* n) {
  int k = utf8::seq_len(s->data, i, s->len);
  *n = k;
  return k == 1 ? str_of_char(s->data[i]) : str_new(s->data + i, k);
}

Str* str_slice3(const Str* s, int64_t lo, int64_t hi) {
  if (str_is_ascii(s)) return str_slice(s, lo, hi);
  int64_t n = str_ncp(s);
  slice_bounds(n, true, lo, true, hi);
  if (lo == 0 && hi == n) return const_cast<Str*>(s);
  int64_t a = byte_at(s, lo);
  int64_t b = a + utf8::offset(s->data + a, s->len - a, hi - lo);
  return str_new(s->data + a, b - a);
}
Str* str_slice_from3(const Str* s, int64_t lo) { return str_slice3(s, lo, INT64_MAX); }
Str* str_slice_to3(const Str* s, int64_t hi) { return str_slice3(s, 0, hi); }
Str* str_slice_step3(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (str_is_ascii(s)) return str_slice_step(s, has_lo, lo, has_hi, hi, step);
  if (step == 0) raise_value_error("slice step cannot be zero");
  std::vector<uint32_t> cps = decode_all(s);
  int64_t n = static_cast<int64_t>(cps.size());
  slice_bounds_step(n, has_lo, lo, has_hi, hi, step);
  Buffer b;
  for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step)
    if (i >= 0 && i < n) put_cp(b, cps[static_cast<size_t>(i)]);
  return b.to_str();
}

// find, rfind and count take code point positions; the search itself runs on the bytes (a
// UTF-8 match starts and ends on code point boundaries).
static bool byte_range(const Str* s, int64_t& start, int64_t& end) {
  int64_t n = str_ncp(s);
  if (end > n) {
    end = n;
  } else if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (start > end) return false;
  start = byte_at(s, start);
  end = start + utf8::offset(s->data + start, s->len - start, end - utf8::count(s->data, start));
  return true;
}
int64_t str_find3(const Str* s, const Str* sub, int64_t start, int64_t end) {
  if (str_is_ascii(s)) return str_find(s, sub, start, end);
  if (!byte_range(s, start, end)) return -1;
  int64_t r = str_find(s, sub, start, end);
  return r < 0 ? r : utf8::count(s->data, r);
}
int64_t str_rfind3(const Str* s, const Str* sub, int64_t start, int64_t end) {
  if (str_is_ascii(s)) return str_rfind(s, sub, start, end);
  if (!byte_range(s, start, end)) return -1;
  int64_t r = str_rfind(s, sub, start, end);
  return r < 0 ? r : utf8::count(s->data, r);
}
int64_t str_count3(const Str* s, const Str* sub, int64_t start, int64_t end) {
  if (str_is_ascii(s)) return str_count(s, sub, start, end);
  int64_t a = start, b = end;
  if (!byte_range(s, a, b)) return 0;
  if (sub->len == 0) return utf8::count(s->data + a, b - a) + 1;
  return str_count(s, sub, a, b);
}

int64_t str_ord3_slow(const Str* s) {
  int64_t n = str_ncp(s);
  if (n != 1) {
    std::string m = "ord() expected a character, but string of length " + std::to_string(n) + " found";
    raise_exc<TypeError>(m.c_str());
  }
  return utf8::decode(s->data, static_cast<int>(s->len));
}
Str* str_chr3(int64_t c) {
  if (c < 0 || c > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  if (c < 0x80) return str_of_char(static_cast<char>(c));
  if (c >= 0xD800 && c <= 0xDFFF) unsupported("a lone surrogate code point (chr() of 0xD800..0xDFFF)");
  char tmp[4];
  return str_new(tmp, utf8::encode(static_cast<uint32_t>(c), tmp));
}

List<Str*>* str_chars3(const Str* s) {
  auto* l = list_new<Str*>(str_ncp(s));
  int64_t k = 0;
  for (int64_t i = 0, n = 0; i < s->len; i += n) l->items[k++] = str_cp_at(s, i, &n);
  return l;
}

void repr_text(Buffer& b, const Str* s) {
  if (!s || str_is_ascii(s)) {
    append_repr(b, s);
    return;
  }
  bool sq = std::memchr(s->data, '\'', static_cast<size_t>(s->len)) != nullptr;
  bool dq = std::memchr(s->data, '"', static_cast<size_t>(s->len)) != nullptr;
  char q = sq && !dq ? '"' : '\'';
  static const char* hex = "0123456789abcdef";
  b.put(q);
  for (uint32_t c : decode_all(s)) {
    if (c == static_cast<uint32_t>(q) || c == '\\') {
      b.put('\\');
      b.put(static_cast<char>(c));
    } else if (c == '\t') {
      b.put("\\t", 2);
    } else if (c == '\n') {
      b.put("\\n", 2);
    } else if (c == '\r') {
      b.put("\\r", 2);
    } else if (c < 0x20 || c == 0x7F) {
      char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
      b.put(e, 4);
    } else if (c < 0x7F || in_ranges(kPrintable, c)) {
      put_cp(b, c);
    } else {
      int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
      b.put('\\');
      b.put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
      for (int k = digits - 1; k >= 0; --k) b.put(hex[(c >> (4 * k)) & 15]);
    }
  }
  b.put(q);
}

Str* str_ascii3(const Str* s) {
  if (str_is_ascii(s)) return const_cast<Str*>(s);
  static const char* hex = "0123456789abcdef";
  Buffer b;
  for (uint32_t c : decode_all(s)) {
    if (c < 0x80) {
      b.put(static_cast<char>(c));
      continue;
    }
    int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    b.put('\\');
    b.put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    for (int k = digits - 1; k >= 0; --k) b.put(hex[(c >> (4 * k)) & 15]);
  }
  return b.to_str();
}

void fmt_char3(Buffer& b, const Str* s, const FmtSpec& spec) {
  if (str_ncp(s) != 1) raise_exc<TypeError>("%c requires int or char");
  FmtSpec t = spec;
  t.prec = -1;
  fmt_str(b, s, t);
}

// Python 3's case methods of text that is not ASCII (rpy/unicode_case.inc).
static Str* case3(const Str* s, int op) {
  Buffer b;
  case_map3(op, decode_all(s), [&b](uint32_t c) { put_cp(b, c); });
  return b.to_str();
}
Str* str_upper3(const Str* s) { return str_is_ascii(s) ? str_upper(s) : case3(s, kCaseUpper); }
Str* str_lower3(const Str* s) { return str_is_ascii(s) ? str_lower(s) : case3(s, kCaseLower); }
Str* str_swapcase3(const Str* s) { return str_is_ascii(s) ? str_swapcase(s) : case3(s, kCaseSwapcase); }
Str* str_title3(const Str* s) { return str_is_ascii(s) ? str_title(s) : case3(s, kCaseTitle); }
Str* str_capitalize3(const Str* s) { return str_is_ascii(s) ? str_capitalize(s) : case3(s, kCaseCapitalize); }
Str* str_casefold3(const Str* s) { return str_is_ascii(s) ? str_lower(s) : case3(s, kCaseCasefold); }

Str* u_case27(const Str* s, int op) {
  if (str_is_ascii(s)) {
    switch (op) {
      case kCaseUpper:
        return str_upper(s);
      case kCaseLower:
        return str_lower(s);
      case kCaseSwapcase:
        return str_swapcase(s);
      case kCaseTitle:
        return str_title(s);
      default:
        return str_capitalize(s);
    }
  }
  Buffer b;
  case_map27(op, decode_all(s), [&b](uint32_t c) { put_cp(b, c); });
  return b.to_str();
}

Str* str_expandtabs(const Str* s, int64_t tabsize, bool cps) {
  int64_t out = 0, col = 0;  // first pass: the length, so that a huge result is an error, not a crash
  bool tabs = false;
  for (int64_t i = 0; i < s->len; ++i) {
    char c = s->data[i];
    if (c == '\t') {
      tabs = true;
      if (tabsize > 0) {
        int64_t add = tabsize - col % tabsize;
        if (add > INT64_MAX / 4 - out) raise_exc<OverflowError>("new string is too long");
        out += add;
        col += add;
      }
      continue;
    }
    ++out;
    if (c == '\n' || c == '\r')
      col = 0;
    else if (!cps || (static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++col;
  }
  if (!tabs) return const_cast<Str*>(s);
  Str* r = str_uninit(out);
  int64_t k = 0;
  col = 0;
  for (int64_t i = 0; i < s->len; ++i) {
    char c = s->data[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t add = tabsize - col % tabsize;
        std::memset(r->data + k, ' ', static_cast<size_t>(add));
        k += add;
        col += add;
      }
      continue;
    }
    r->data[k++] = c;
    if (c == '\n' || c == '\r')
      col = 0;
    else if (!cps || (static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++col;
  }
  return r;
}

bool str_is3(const Str* s, int which) {
  if (which == 6) {  // isprintable: what repr() keeps as it is (true of the empty string)
    for (int64_t i = 0; i < s->len;) {
      int k = utf8::seq_len(s->data, i, s->len);
      uint32_t c = utf8::decode(s->data + i, k);
      if (c < 0x20 || c == 0x7F || (c > 0x7F && !in_ranges(kPrintable, c))) return false;
      i += k;
    }
    return true;
  }
  if (str_is_ascii(s) && which != 3) {  // Python 3's isspace() also holds for '\x1c'..'\x1f'
    switch (which) {
      case 0:
      case 7:  // isdecimal, isnumeric: of ASCII, the digits
      case 8:
        return str_isdigit(s);
      case 1:
        return str_isalpha(s);
      case 2:
        return str_isalnum(s);
      case 3:
        return str_isspace(s);
      case 4:
        return str_isupper(s);
      default:
        return str_islower(s);
    }
  }
  std::vector<uint32_t> cps = decode_all(s);
  return code_points_are(cps, which);
}
bool u_is27(const Str* s, int which) {
  if (str_is_ascii(s)) {  // Python 2.7's unicode isspace() also holds for u'\x1c'..u'\x1f'
    switch (which) {
      case 0:
      case 7:
      case 8:
        return str_isdigit(s);
      case 1:
        return str_isalpha(s);
      case 2:
        return str_isalnum(s);
      case 4:
        return str_isupper(s);
      case 5:
        return str_islower(s);
      default:
        break;
    }
  }
  return code_points_are27(decode_all(s), which);
}

Str* str_ascii_only(const Str* s, const char* what) {
  if (!str_is_ascii(s)) {
    std::string m = std::string(what) + " of text that is not ASCII";
    unsupported(m.c_str());
  }
  return const_cast<Str*>(s);
}

int64_t str_byte_pos3(const Str* s, int64_t i) {
  if (str_is_ascii(s)) return i;
  int64_t n = str_ncp(s);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i >= n) return s->len + (i - n);  // past the end stays past the end
  return byte_at(s, i);
}

List<Str*>* str_split_ws3(const Str* s, int64_t maxsplit) {
  if (str_is_ascii(s)) return str_split_ws_ascii3(s, maxsplit);
  auto* out = list_new<Str*>(0);
  std::vector<uint32_t> cps = decode_all(s);
  size_t i = 0, n = cps.size();
  auto piece = [&](size_t a, size_t b) {
    return encode_all(std::vector<uint32_t>(cps.begin() + static_cast<long>(a), cps.begin() + static_cast<long>(b)));
  };
  while (true) {
    while (i < n && in_ranges(kSpace, cps[i])) ++i;
    if (i >= n) break;
    if (maxsplit >= 0 && out->len >= maxsplit) {
      list_append(out, piece(i, n));
      break;
    }
    size_t j = i;
    while (j < n && !in_ranges(kSpace, cps[j])) ++j;
    list_append(out, piece(i, j));
    i = j;
  }
  return out;
}

Str* str_strip3(const Str* s, const Str* chars, int which) {
  if (str_is_ascii(s) && chars && str_is_ascii(chars)) return str_strip(s, chars, which);
  if (str_is_ascii(s) && !chars) {  // Python 3's ASCII whitespace: also '\x1c'..'\x1f'
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
    int64_t lo = 0, hi = s->len;
    if (which != 2)
      while (lo < hi && space(s->data[lo])) ++lo;
    if (which != 1)
      while (hi > lo && space(s->data[hi - 1])) --hi;
    return str_slice(s, lo, hi);
  }
  std::vector<uint32_t> cps = decode_all(s), set = chars ? decode_all(chars) : std::vector<uint32_t>();
  auto strip_it = [&](uint32_t c) { return chars ? std::find(set.begin(), set.end(), c) != set.end() : in_ranges(kSpace, c); };
  size_t lo = 0, hi = cps.size();
  if (which != 2)
    while (lo < hi && strip_it(cps[lo])) ++lo;
  if (which != 1)
    while (hi > lo && strip_it(cps[hi - 1])) --hi;
  if (lo == 0 && hi == cps.size()) return const_cast<Str*>(s);
  return encode_all(std::vector<uint32_t>(cps.begin() + static_cast<long>(lo), cps.begin() + static_cast<long>(hi)));
}

// Whitespace and line breaks of text: Python 3 str tests Unicode 14.0's whitespace (kSpace),
// Python 2 unicode python2.7's 5.2 (k27Space); both know '\x1c'..'\x1f' as whitespace, and both
// break lines at \n \r \v \f \x1c \x1d \x1e U+0085 U+2028 U+2029 (CPython's Py_UNICODE_ISSPACE and
// Py_UNICODE_ISLINEBREAK of each version).
namespace {
struct TextCps {  // the code points of a text and the byte offset of each (off[n] == s->len)
  std::vector<uint32_t> cp;
  std::vector<int64_t> off;
  explicit TextCps(const Str* s) {
    for (int64_t i = 0; i < s->len;) {
      int k = utf8::seq_len(s->data, i, s->len);
      cp.push_back(utf8::decode(s->data + i, k));
      off.push_back(i);
      i += k;
    }
    off.push_back(s->len);
  }
};
bool text_space27(uint32_t c) { return in_ranges(k27Space, c); }
bool text_space3(uint32_t c) { return in_ranges(kSpace, c); }
bool text_linebreak(uint32_t c) { return (c >= 0xA && c <= 0xD) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029; }

// split() (rev: rsplit()) with no separator: runs of whitespace separate, at most maxsplit splits
// (maxsplit < 0: no limit), the rest kept whole with its inner whitespace.
List<Str*>* text_split_ws(const Str* s, int64_t maxsplit, bool rev, bool (*space)(uint32_t)) {
  TextCps t(s);
  auto* out = list_new<Str*>(0);
  size_t n = t.cp.size();
  if (!rev) {
    size_t i = 0;
    while (true) {
      while (i < n && space(t.cp[i])) ++i;
      if (i >= n) break;
      if (maxsplit >= 0 && out->len >= maxsplit) {
        list_append(out, str_slice(s, t.off[i], s->len));
        break;
      }
      size_t j = i;
      while (j < n && !space(t.cp[j])) ++j;
      list_append(out, str_slice(s, t.off[i], t.off[j]));
      i = j;
    }
    return out;
  }
  size_t i = n;
  while (true) {
    while (i > 0 && space(t.cp[i - 1])) --i;
    if (i == 0) break;
    if (maxsplit >= 0 && out->len >= maxsplit) {
      list_append(out, str_slice(s, 0, t.off[i]));
      break;
    }
    size_t j = i;
    while (j > 0 && !space(t.cp[j - 1])) --j;
    list_append(out, str_slice(s, t.off[j], t.off[i]));
    i = j;
  }
  for (int64_t a = 0, b = out->len - 1; a < b; ++a, --b) std::swap(out->items[a], out->items[b]);
  return out;
}
}  // namespace

List<Str*>* str_rsplit_ws3(const Str* s, int64_t maxsplit) { return text_split_ws(s, maxsplit, true, text_space3); }
List<Str*>* u_split_ws27(const Str* s, int64_t maxsplit) {
  if (str_is_ascii(s)) return str_split_ws_ascii3(s, maxsplit);  // the same ASCII whitespace as Python 3's
  return text_split_ws(s, maxsplit, false, text_space27);
}
List<Str*>* u_rsplit_ws27(const Str* s, int64_t maxsplit) { return text_split_ws(s, maxsplit, true, text_space27); }

Str* u_strip27(const Str* s, const Str* chars, int which) {
  if (str_is_ascii(s) && (!chars || str_is_ascii(chars))) return str_strip3(s, chars, which);  // the same ASCII rules
  TextCps t(s);
  std::vector<uint32_t> set = chars ? decode_all(chars) : std::vector<uint32_t>();
  auto strip_it = [&](uint32_t c) { return chars ? std::find(set.begin(), set.end(), c) != set.end() : text_space27(c); };
  size_t lo = 0, hi = t.cp.size();
  if (which != 2)
    while (lo < hi && strip_it(t.cp[lo])) ++lo;
  if (which != 1)
    while (hi > lo && strip_it(t.cp[hi - 1])) --hi;
  if (lo == 0 && hi == t.cp.size()) return const_cast<Str*>(s);
  return str_slice(s, t.off[lo], t.off[hi]);
}

List<Str*>* str_splitlines3(const Str* s, bool keepends) {
  if (str_is_ascii(s)) return str_splitlines(s, keepends);  // \n \r \v \f \x1c \x1d \x1e
  TextCps t(s);
  auto* out = list_new<Str*>(0);
  size_t i = 0, n = t.cp.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !text_linebreak(t.cp[j])) ++j;
    size_t eol = j;
    if (j < n) j += (t.cp[j] == '\r' && j + 1 < n && t.cp[j + 1] == '\n') ? 2 : 1;
    list_append(out, str_slice(s, t.off[i], t.off[keepends ? j : eol]));
    i = j;
  }
  return out;
}

// int()/float() of a Python 2 unicode: python2.7's PyUnicode_EncodeDecimal first: decimal digits
// (Unicode 5.2) become '0'..'9', whitespace ' ', other code points below 256 stay as bytes; any
// other raises UnicodeEncodeError. The bytes are then read as int()/float() of a str reads them.
Str* u_decimal27(const Str* s) {
  if (str_is_ascii(s)) return const_cast<Str*>(s);
  Buffer b;
  int64_t pos = 0;
  for (int64_t i = 0; i < s->len; ++pos) {
    int k = utf8::seq_len(s->data, i, s->len);
    uint32_t c = utf8::decode(s->data + i, k);
    i += k;
    if (in_ranges(k27Space, c)) {
      b.put(' ');
      continue;
    }
    bool digit = false;
    for (const UniRange& r : k27Decimal)  // runs of ten digits, 0 first; U+19DA (one) follows its run
      if (c >= r.first && c <= r.last) {
        b.put(static_cast<char>('0' + (c == 0x19DA ? 1 : (c - r.first) % 10)));
        digit = true;
        break;
      }
    if (digit) continue;
    if (c > 0 && c < 0x100) {
      b.put(static_cast<char>(c));
      continue;
    }
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  c < 0x10000 ? "'decimal' codec can't encode character u'\\u%04x' in position %lld: invalid decimal Unicode string"
                              : "'decimal' codec can't encode character u'\\U%08x' in position %lld: invalid decimal Unicode string",
                  static_cast<unsigned>(c), static_cast<long long>(pos));
    raise_exc<UnicodeEncodeError>(buf);
  }
  return b.to_str();
}

// str.translate / maketrans (rpy/translate.hpp).
void translate_put_cp(Buffer& b, int64_t cp) {
  if (cp < 0 || cp >= 0x110000) raise_exc<ValueError>("character mapping must be in range(0x110000)");
  put_cp(b, static_cast<uint32_t>(cp));
}

Str* str_translate2(const Str* s, const Str* table, const Str* deletechars) {
  if (table && table->len != 256) raise_exc<ValueError>("translation table must be 256 characters long");
  bool drop[256] = {};
  if (deletechars)
    for (int64_t i = 0; i < deletechars->len; ++i) drop[static_cast<unsigned char>(deletechars->data[i])] = true;
  Buffer b;
  for (int64_t i = 0; i < s->len; ++i) {
    unsigned char c = static_cast<unsigned char>(s->data[i]);
    if (!drop[c]) b.put(table ? table->data[c] : static_cast<char>(c));
  }
  return b.to_str();
}

Str* str_maketrans2(const Str* frm, const Str* to) {
  if (frm->len != to->len) raise_exc<ValueError>("maketrans arguments must have same length");
  char t[256];
  for (int i = 0; i < 256; ++i) t[i] = static_cast<char>(i);
  for (int64_t i = 0; i < frm->len; ++i) t[static_cast<unsigned char>(frm->data[i])] = to->data[i];
  return str_new(t, 256);
}

Dict<int64_t, int64_t>* str_maketrans3(const Str* x, const Str* y) {
  if (str_ncp(x) != str_ncp(y)) raise_exc<ValueError>("the first two maketrans arguments must have equal length");
  auto* d = dict_new<int64_t, int64_t>();
  for (int64_t i = 0, j = 0; i < x->len;) {
    int kx = utf8::seq_len(x->data, i, x->len), ky = utf8::seq_len(y->data, j, y->len);
    dict_set(d, static_cast<int64_t>(utf8::decode(x->data + i, kx)), static_cast<int64_t>(utf8::decode(y->data + j, ky)));
    i += kx;
    j += ky;
  }
  return d;
}

Dict<int64_t, Opt<int64_t>>* str_maketrans3_del(const Str* x, const Str* y, const Str* z) {
  if (str_ncp(x) != str_ncp(y)) raise_exc<ValueError>("the first two maketrans arguments must have equal length");
  auto* d = dict_new<int64_t, Opt<int64_t>>();
  for (int64_t i = 0, j = 0; i < x->len;) {
    int kx = utf8::seq_len(x->data, i, x->len), ky = utf8::seq_len(y->data, j, y->len);
    dict_set(d, static_cast<int64_t>(utf8::decode(x->data + i, kx)), Opt<int64_t>(static_cast<int64_t>(utf8::decode(y->data + j, ky))));
    i += kx;
    j += ky;
  }
  for (int64_t i = 0; i < z->len;) {
    int k = utf8::seq_len(z->data, i, z->len);
    dict_set(d, static_cast<int64_t>(utf8::decode(z->data + i, k)), Opt<int64_t>());
    i += k;
  }
  return d;
}

}  // namespace rpy
