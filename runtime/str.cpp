#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <strings.h>

#include "rpy/float_repr.hpp"
#include "rpy/hash27.hpp"
#include "rpy/io.hpp"
#include "rpy/ints.hpp"

namespace rpy {

Str* str_uninit(int64_t n) {
  Str* s = static_cast<Str*>(gc_alloc_atomic(alloc_size(n, 1, offsetof(Str, data) + 1)));
  s->len = n;
  s->hash = 0;
  s->ncp = -1;
  s->data[n] = '\0';
  return s;
}
Str* str_new(const char* p, int64_t n) {
  Str* s = str_uninit(n);
  if (n > 0) std::memcpy(s->data, p, static_cast<size_t>(n));
  return s;
}
Str* str_from_cstr(const char* p) { return str_new(p, static_cast<int64_t>(std::strlen(p))); }

Str* str_char_table[256];
Str* str_of_char_slow(char c) {
  Str** table = str_char_table;
  unsigned char u = static_cast<unsigned char>(c);
  if (!table[u]) {
    Str* s = static_cast<Str*>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof(Str) + 1));
    s->len = 1;
    s->hash = 0;
    s->ncp = static_cast<unsigned char>(c) < 0x80 ? 1 : -1;
    s->data[0] = c;
    s->data[1] = '\0';
    table[u] = s;
  }
  return table[u];
}

void raise_index_error(const char* what) { raise_exc<IndexError>(what); }
void raise_value_error(const char* msg) { raise_exc<ValueError>(msg); }
void raise_extended_slice_size(int64_t given, int64_t slice) {
  char msg[112];
  std::snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld", static_cast<long long>(given),
                static_cast<long long>(slice));
  raise_value_error(msg);
}
void raise_zero_division(const char* msg) { raise_exc<ZeroDivisionError>(msg); }
void raise_int_modulo_by_zero() { raise_zero_division(python2 ? "integer division or modulo by zero" : "integer modulo by zero"); }
void raise_float_floordiv_by_zero() { raise_zero_division(python2 ? "float divmod()" : "float floor division by zero"); }
void raise_overflow() { raise_exc<OverflowError>("integer overflow"); }
void raise_type_error_none(const char* what) { raise_exc<TypeError>(what); }
void raise_none_not_callable() { raise_exc<TypeError>("'NoneType' object is not callable"); }
void raise_unpack_error(int64_t got, int64_t expected, bool at_least) {
  std::string m;
  if (python2)
    m = got > expected ? "too many values to unpack"
                       : "need more than " + std::to_string(got) + (got == 1 ? " value" : " values") + " to unpack";
  else if (got > expected && !at_least)
    m = "too many values to unpack (expected " + std::to_string(expected) + ")";
  else
    m = "not enough values to unpack (expected " + std::string(at_least ? "at least " : "") + std::to_string(expected) + ", got " +
        std::to_string(got) + ")";
  raise_value_error(m.c_str());
}
void raise_unorderable(const Object* a, const Object* b) {
  std::string m = "'<' not supported between instances of '";
  m += a ? a->rpy_class_name() : "NoneType";
  m += "' and '";
  m += b ? b->rpy_class_name() : "NoneType";
  raise_exc<TypeError>((m + "'").c_str());
}
void raise_missing_attribute(const Object* o, const char* attr, bool classic) {
  Buffer b;
  if (!classic) b.put('\'');
  const char* cls = o->rpy_class_name();
  b.put(cls, static_cast<int64_t>(std::strlen(cls)));
  if (classic)
    b.put(" instance has no attribute '", 28);
  else
    b.put("' object has no attribute '", 27);
  b.put(attr, static_cast<int64_t>(std::strlen(attr)));
  b.put('\'');
  make_exc<AttributeError>(b.to_str())->raise_self();
  __builtin_unreachable();
}

// s.add(x) and the other mutating methods of a set, called on a frozenset (rpy/set.hpp).
[[noreturn]] void raise_frozenset_mutation(const char* method) {
  Buffer b;
  b.put("'frozenset' object has no attribute '", 37);
  b.put(method, static_cast<int64_t>(std::strlen(method)));
  b.put('\'');
  make_exc<AttributeError>(b.to_str())->raise_self();
  __builtin_unreachable();
}

void raise_none_attribute(const char* attr) {
  Buffer b;
  b.put("'NoneType' object has no attribute '", 36);
  b.put(attr, static_cast<int64_t>(std::strlen(attr)));
  b.put('\'');
  make_exc<AttributeError>(b.to_str())->raise_self();
  __builtin_unreachable();
}

// Results made of whole pieces of strings whose code points are counted are counted too (the
// ncp field of Python 3 text), so ASCII text stays on the byte paths without being scanned.
static inline Str* ascii_of(Str* r, const Str* from) {
  if (from->ncp == from->len) str_set_ncp(r, r->len);
  return r;
}

Str* str_concat(const Str* a, const Str* b) {
  Str* s = str_uninit(a->len + b->len);
  std::memcpy(s->data, a->data, static_cast<size_t>(a->len));
  std::memcpy(s->data + a->len, b->data, static_cast<size_t>(b->len));
  if (a->ncp >= 0 && b->ncp >= 0) str_set_ncp(s, static_cast<int64_t>(a->ncp) + b->ncp);
  return s;
}
Str* str_concat_char(const Str* a, char b) {
  Str* s = str_uninit(a->len + 1);
  std::memcpy(s->data, a->data, static_cast<size_t>(a->len));
  s->data[a->len] = b;
  if (a->ncp >= 0 && static_cast<unsigned char>(b) < 0x80) str_set_ncp(s, static_cast<int64_t>(a->ncp) + 1);
  return s;
}
Str* str_concat_char(char a, const Str* b) {
  Str* s = str_uninit(b->len + 1);
  s->data[0] = a;
  std::memcpy(s->data + 1, b->data, static_cast<size_t>(b->len));
  if (b->ncp >= 0 && static_cast<unsigned char>(a) < 0x80) str_set_ncp(s, static_cast<int64_t>(b->ncp) + 1);
  return s;
}
Str* str_concat_chars(char a, char b) {
  char buf[2] = {a, b};
  return str_new(buf, 2);
}
Str* str_repeat(const Str* a, int64_t n) {
  if (n <= 0 || a->len == 0) return str_new("", 0);
  int64_t total;
  if (__builtin_mul_overflow(a->len, n, &total)) raise_exc<OverflowError>("repeated string is too long");
  Str* s = str_uninit(total);
  for (int64_t i = 0; i < n; ++i) std::memcpy(s->data + i * a->len, a->data, static_cast<size_t>(a->len));
  return s;
}
Str* str_slice(const Str* s, int64_t lo, int64_t hi) {
  slice_bounds(s->len, true, lo, true, hi);
  if (lo == 0 && hi == s->len) return const_cast<Str*>(s);
  return ascii_of(str_new(s->data + lo, hi - lo), s);
}
Str* str_slice_from(const Str* s, int64_t lo) { return str_slice(s, lo, s->len); }
Str* str_slice_to(const Str* s, int64_t hi) { return str_slice(s, 0, hi); }
Str* str_slice_step(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error("slice step cannot be zero");
  int64_t n = s->len;
  slice_bounds_step(n, has_lo, lo, has_hi, hi, step);
  Buffer b;
  for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step)
    if (i >= 0 && i < n) b.put(s->data[i]);
  return b.to_str();
}

int str_cmp(const Str* a, const Str* b) {
  int64_t n = a->len < b->len ? a->len : b->len;
  int c = std::memcmp(a->data, b->data, static_cast<size_t>(n));
  if (c) return c < 0 ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}
bool str_contains(const Str* hay, const Str* needle) { return str_find(hay, needle, 0, hay->len) >= 0; }
bool str_contains_char(const Str* hay, char c) { return std::memchr(hay->data, c, static_cast<size_t>(hay->len)) != nullptr; }
bool python2 = false;

// Python 2 programs hash a str as CPython 2.7 does (rpy/hash27.hpp): hash(s) prints python2.7's
// value, and Python 2 dicts and sets are laid out by it.
int64_t str_hash(const Str* s) {
  if (s->hash) return s->hash;
  if (python2) return s->hash = hash27_bytes(s->data, s->len);
  uint64_t h = 1469598103934665603ULL;
  for (int64_t i = 0; i < s->len; ++i) h = (h ^ static_cast<unsigned char>(s->data[i])) * 1099511628211ULL;
  int64_t r = static_cast<int64_t>(h);
  if (r == 0 || r == -1) r = 2;
  s->hash = r;
  return r;
}

Str* int_to_str(int64_t v) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  return str_new(buf, n);
}
int float_str_chars(double v, char* buf) { return python2 ? rt::float_str_py2(v, buf) : rt::float_repr(v, buf); }
Str* float_to_str(double v) {
  char buf[48];
  int n = float_str_chars(v, buf);
  return str_new(buf, n);
}
Str* bool_to_str(bool v) { return v ? str_new("True", 4) : str_new("False", 5); }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Python 3's int() and float() of a str read its non-ASCII decimal digits and whitespace as
// ASCII ones (text3.cpp: str_numeral_ascii3); messages show the text as given.
static int64_t parse_int(const Str* s, int64_t base, const Str* shown, const char* fn = "int");
static double parse_float(const Str* s, const Str* shown);

int64_t str_to_int(const Str* s, int64_t base) {
  if (!python2)
    if (const Str* a = str_numeral_ascii3(s)) return parse_int(a, base, s);
  return parse_int(s, base, s);
}

// Python 2's long() of a str: int()'s rules, its messages naming long().
int64_t str_to_long27(const Str* s, int64_t base) { return parse_int(s, base, s, "long"); }

double str_to_float(const Str* s) {
  if (!python2)
    if (const Str* a = str_numeral_ascii3(s)) return parse_float(a, s);
  return parse_float(s, s);
}

static int64_t parse_int(const Str* s, int64_t base, const Str* shown, const char* fn) {
  const char* p = s->data;
  const char* end = s->data + s->len;
  while (p < end && is_space(*p)) ++p;
  while (end > p && is_space(end[-1])) --end;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  const int64_t given = base;
  if (given != 0 && (given < 2 || given > 36))
    raise_exc<ValueError>(std::string(fn) == "long" ? "long() base must be >= 2 and <= 36, or 0"
                                                    : "int() base must be >= 2 and <= 36, or 0");
  bool zeros_only = false;  // base 0 of Python 3: a literal starting with 0 and no prefix is all zeros
  if (given == 0) {         // the base of the literal's prefix: 0x, 0o, 0b; Python 2 reads 010 as octal
    base = 10;
    if (end - p >= 2 && p[0] == '0') {
      char x = static_cast<char>(p[1] | 0x20);
      if (x == 'x')
        base = 16;
      else if (x == 'o')
        base = 8;
      else if (x == 'b')
        base = 2;
      else if (python2)
        base = 8;
      else
        zeros_only = true;
    }
  }
  if (base == 16 && end - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
  if (base == 8 && end - p > 2 && p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) p += 2;
  if (base == 2 && end - p > 2 && p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) p += 2;
  const bool is_long = fn[0] == 'l';  // Python 2's long() takes a trailing L after the digits ('l' is not a digit below base 22)
  if (is_long && base <= 21 && end - p >= 2 && (end[-1] == 'L' || end[-1] == 'l')) --end;
  bool ok = p < end;
  uint64_t v = 0;
  bool overflow = false;
  // Python 3 accepts one underscore between digits, and after a base prefix; Python 2 none.
  bool after_prefix = p > s->data && (p[-1] == 'x' || p[-1] == 'X' || p[-1] == 'o' || p[-1] == 'O' || p[-1] == 'b' || p[-1] == 'B');
  if (!python2 && after_prefix && p < end && *p == '_') ++p, ok = p < end;
  for (; p < end && ok; ++p) {
    int d;
    char c = *p;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (c >= 'a' && c <= 'z')
      d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z')
      d = c - 'A' + 10;
    else if (c == '_' && !python2 && p + 1 < end && p[1] != '_' && p > s->data && p[-1] != '_' &&
             std::isalnum(static_cast<unsigned char>(p[-1])))
      continue;
    else
      d = 99;
    if (d >= base) ok = false;
    uint64_t nv = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
    if (nv / static_cast<uint64_t>(base) != v) overflow = true;
    v = nv;
  }
  if (zeros_only && v != 0) ok = false;
  if (!ok) {
    Buffer b;
    char head[64];
    int n = std::snprintf(head, sizeof head, "invalid literal for %s() with base %lld: ", fn, static_cast<long long>(given));
    b.put(head, n);
    if (python2 && !is_long) {  // Python 2.7's int() shows the text after its leading whitespace, long() all of it
      int64_t k = 0;
      while (k < s->len && is_space(s->data[k])) ++k;
      append_repr(b, str_slice(s, k, s->len));
    } else {
      append_repr(b, shown);
    }
    make_exc<ValueError>(b.to_str())->raise_self();
  }
  if (overflow || v > (neg ? 9223372036854775808ULL : 9223372036854775807ULL))
    raise_exc<OverflowError>("int too large to convert to a machine word");
  return neg ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v);
}

namespace {

// The length of the float literal Python reads at p ([sign] digits [. digits] [e [sign] digits],
// or inf, infinity, nan in any case), 0 when there is none: strtod also reads hexadecimal
// (0x10, 0x1p3) and nan(chars), which float() refuses.
size_t python_float_text(const char* p) {
  const char* q = p;
  if (*q == '+' || *q == '-') ++q;
  if (strncasecmp(q, "infinity", 8) == 0) return static_cast<size_t>(q + 8 - p);
  if (strncasecmp(q, "inf", 3) == 0 || strncasecmp(q, "nan", 3) == 0) return static_cast<size_t>(q + 3 - p);
  bool digits = false;
  while (std::isdigit(static_cast<unsigned char>(*q))) ++q, digits = true;
  if (*q == '.') {
    ++q;
    while (std::isdigit(static_cast<unsigned char>(*q))) ++q, digits = true;
  }
  if (!digits) return 0;
  if (*q == 'e' || *q == 'E') {
    const char* r = q + 1;
    if (*r == '+' || *r == '-') ++r;
    if (std::isdigit(static_cast<unsigned char>(*r))) {
      while (std::isdigit(static_cast<unsigned char>(*r))) ++r;
      q = r;
    }
  }
  return static_cast<size_t>(q - p);
}

}  // namespace

static double parse_float(const Str* s, const Str* shown) {
  const char* p = s->data;
  const char* end = s->data + s->len;
  std::string digits;  // Python 3: the text without its underscores, each between two digits
  if (!python2 && std::memchr(s->data, '_', static_cast<size_t>(s->len))) {
    for (int64_t i = 0; i < s->len; ++i) {
      char c = s->data[i];
      if (c != '_') {
        digits += c;
        continue;
      }
      bool between = i > 0 && i + 1 < s->len && std::isdigit(static_cast<unsigned char>(s->data[i - 1])) &&
                     std::isdigit(static_cast<unsigned char>(s->data[i + 1]));
      if (!between) {
        digits = "#";  // not a number
        break;
      }
    }
    p = digits.c_str();
    end = p + digits.size();
  }
  while (p < end && is_space(*p)) ++p;
  const char* endp = p + python_float_text(p);
  const char* e = endp;
  while (e < end && is_space(*e)) ++e;
  if (endp == p || e != end) {
    Buffer b;
    if (python2) {
      // Python 2.7: the text after its leading whitespace, as it is; "invalid literal" when a
      // number starts it.
      const char* head = endp == p ? "could not convert string to float: " : "invalid literal for float(): ";
      b.put(head, static_cast<int64_t>(std::strlen(head)));
      const char* t = s->data;
      const char* end = s->data + s->len;
      while (t < end && is_space(*t)) ++t;
      b.put(t, end - t);
    } else {
      const char* head = "could not convert string to float: ";
      b.put(head, static_cast<int64_t>(std::strlen(head)));
      append_repr(b, shown);
    }
    make_exc<ValueError>(b.to_str())->raise_self();
  }
  errno = 0;
  double d = std::strtod(p, nullptr);
  // A NaN takes its interpreter's sign: Python 3 reads "nan" as +nan and "-nan" as -nan; Python
  // 2.7 makes its NaN as inf * 0, which x86-64 gives the sign bit, so "nan" is -nan there and
  // "-nan" +nan.
  if (std::isnan(d)) d = std::copysign(NAN, (*p == '-') != python2 ? -1.0 : 1.0);
  return d;
}

Str* str_repr(const Str* s) {
  Buffer b;
  append_repr(b, s);
  return b.to_str();
}
Str* char_repr(char c) {
  Buffer b;
  append_repr(b, c);
  return b.to_str();
}

Str* str_strip(const Str* s, const Str* chars, int which) {
  int64_t lo = 0, hi = s->len;
  auto strip_it = [&](char c) { return chars ? std::memchr(chars->data, c, static_cast<size_t>(chars->len)) != nullptr : is_space(c); };
  if (which != 2)
    while (lo < hi && strip_it(s->data[lo])) ++lo;
  if (which != 1)
    while (hi > lo && strip_it(s->data[hi - 1])) --hi;
  return str_slice(s, lo, hi);
}
bool str_startswith(const Str* s, const Str* p) {
  return p->len <= s->len && std::memcmp(s->data, p->data, static_cast<size_t>(p->len)) == 0;
}
bool str_endswith(const Str* s, const Str* p) {
  return p->len <= s->len && std::memcmp(s->data + s->len - p->len, p->data, static_cast<size_t>(p->len)) == 0;
}
// Python's start/end of find, count and their kin: negative values count from the end; end is
// clamped to the string, start to 0 (not to the length: 'abc'.find('', 4) is -1).
static void adjust_range(int64_t len, int64_t& start, int64_t& end) {
  if (end > len) {
    end = len;
  } else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}
// The first occurrence of sub (not empty) in [p, p + n), or null.
static const char* find_in(const char* p, int64_t n, const Str* sub) {
  if (sub->len == 1) return static_cast<const char*>(std::memchr(p, sub->data[0], static_cast<size_t>(n)));
  return static_cast<const char*>(memmem(p, static_cast<size_t>(n), sub->data, static_cast<size_t>(sub->len)));
}
int64_t str_find(const Str* s, const Str* sub, int64_t start, int64_t end) {
  adjust_range(s->len, start, end);
  if (end - start < sub->len) return -1;
  if (sub->len == 0) return start;
  const char* hit = find_in(s->data + start, end - start, sub);
  return hit ? hit - s->data : -1;
}
int64_t str_rfind(const Str* s, const Str* sub, int64_t start, int64_t end) {
  adjust_range(s->len, start, end);
  if (end - start < sub->len) return -1;
  for (int64_t i = end - sub->len; i >= start; --i)
    if (std::memcmp(s->data + i, sub->data, static_cast<size_t>(sub->len)) == 0) return i;
  return -1;
}
int64_t str_count(const Str* s, const Str* sub, int64_t start, int64_t end) {
  adjust_range(s->len, start, end);
  if (end - start < sub->len) return 0;
  if (sub->len == 0) return end - start + 1;
  int64_t n = 0;
  const char* p = s->data + start;
  const char* e = s->data + end;
  while (const char* hit = find_in(p, e - p, sub)) {
    ++n;
    p = hit + sub->len;
  }
  return n;
}
Str* str_replace(const Str* s, const Str* old, const Str* rep) {
  Buffer b;
  if (old->len == 0) {
    b.put(rep->data, rep->len);
    for (int64_t i = 0; i < s->len; ++i) {
      b.put(s->data[i]);
      b.put(rep->data, rep->len);
    }
    return b.to_str();
  }
  int64_t i = 0;
  while (i < s->len) {
    int64_t j = str_find(s, old, i, s->len);
    if (j < 0) break;
    b.put(s->data + i, j - i);
    b.put(rep->data, rep->len);
    i = j + old->len;
  }
  b.put(s->data + i, s->len - i);
  return b.to_str();
}
// Case mapping of the "C" locale (the program never sets another): ASCII letters only, without a
// call per byte.
Str* str_upper(const Str* s) {
  Str* r = str_uninit(s->len);
  for (int64_t i = 0; i < s->len; ++i) {
    char c = s->data[i];
    r->data[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  }
  r->ncp = s->ncp;  // only ASCII bytes change
  return r;
}
Str* str_lower(const Str* s) {
  Str* r = str_uninit(s->len);
  for (int64_t i = 0; i < s->len; ++i) {
    char c = s->data[i];
    r->data[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  r->ncp = s->ncp;  // only ASCII bytes change
  return r;
}
template <class F>
static bool all_of(const Str* s, F f) {
  if (s->len == 0) return false;
  for (int64_t i = 0; i < s->len; ++i)
    if (!f(static_cast<unsigned char>(s->data[i]))) return false;
  return true;
}
bool str_isdigit(const Str* s) {
  return all_of(s, [](int c) { return std::isdigit(c) != 0; });
}
bool str_isalpha(const Str* s) {
  return all_of(s, [](int c) { return std::isalpha(c) != 0; });
}
bool str_isalnum(const Str* s) {
  return all_of(s, [](int c) { return std::isalnum(c) != 0; });
}
bool str_isspace(const Str* s) {
  return all_of(s, [](int c) { return std::isspace(c) != 0; });
}
bool str_isupper(const Str* s) {
  bool cased = false;
  for (int64_t i = 0; i < s->len; ++i) {
    int c = static_cast<unsigned char>(s->data[i]);
    if (std::islower(c)) return false;
    if (std::isupper(c)) cased = true;
  }
  return cased;
}
bool str_islower(const Str* s) {
  bool cased = false;
  for (int64_t i = 0; i < s->len; ++i) {
    int c = static_cast<unsigned char>(s->data[i]);
    if (std::isupper(c)) return false;
    if (std::islower(c)) cased = true;
  }
  return cased;
}

// join: the exact size first, then one allocation and one copy of each piece.
// An item of a joined list that is None: each interpreter's TypeError.
[[noreturn, gnu::cold, gnu::noinline]] static void raise_join_none_item(int64_t i) {
  std::string m =
      "sequence item " + std::to_string(i) + (python2 ? ": expected string, NoneType found" : ": expected str instance, NoneType found");
  raise_exc<TypeError>(m.c_str());
}

Str* str_join(const Str* sep, const List<Str*>* items) {
  int64_t n = items->len;
  if (n == 0) return str_new("", 0);
  if (n == 1) {
    if (!items->items[0]) raise_join_none_item(0);
    return items->items[0];  // CPython returns the item itself too
  }
  int64_t total = sep->len * (n - 1);
  int64_t cps = sep->ncp >= 0 ? sep->ncp * (n - 1) : -1;
  for (int64_t i = 0; i < n; ++i) {
    if (!items->items[i]) raise_join_none_item(i);
    total += items->items[i]->len;
    cps = cps >= 0 && items->items[i]->ncp >= 0 ? cps + items->items[i]->ncp : -1;
  }
  Str* r = str_uninit(total);
  str_set_ncp(r, cps);
  char* p = r->data;
  const Str* first = items->items[0];
  std::memcpy(p, first->data, static_cast<size_t>(first->len));
  p += first->len;
  for (int64_t i = 1; i < n; ++i) {
    const Str* it = items->items[i];
    if (sep->len == 1)
      *p++ = sep->data[0];
    else if (sep->len) {
      std::memcpy(p, sep->data, static_cast<size_t>(sep->len));
      p += sep->len;
    }
    std::memcpy(p, it->data, static_cast<size_t>(it->len));
    p += it->len;
  }
  return r;
}
Str* str_join_chars(const Str* sep, const List<char>* items) {
  int64_t n = items->len;
  if (n == 0) return str_new("", 0);
  Str* r = str_uninit(n + sep->len * (n - 1));
  char* p = r->data;
  for (int64_t i = 0; i < n; ++i) {
    if (i && sep->len) {
      std::memcpy(p, sep->data, static_cast<size_t>(sep->len));
      p += sep->len;
    }
    *p++ = items->items[i];
  }
  return r;
}
List<Str*>* str_split(const Str* s, const Str* sep, int64_t maxsplit) {
  if (sep->len == 0) raise_value_error("empty separator");
  auto* out = list_new<Str*>(0);
  int64_t i = 0;
  while (maxsplit < 0 || out->len < maxsplit) {
    int64_t j = str_find(s, sep, i, s->len);
    if (j < 0) break;
    list_append(out, ascii_of(str_new(s->data + i, j - i), s));
    i = j + sep->len;
  }
  list_append(out, ascii_of(str_new(s->data + i, s->len - i), s));
  return out;
}
template <class Space>
static List<Str*>* split_ws(const Str* s, int64_t maxsplit, Space space) {
  auto* out = list_new<Str*>(0);
  int64_t i = 0, n = s->len;
  while (true) {
    while (i < n && space(s->data[i])) ++i;
    if (i >= n) break;
    if (maxsplit >= 0 && out->len >= maxsplit) {  // the rest, trailing whitespace included
      list_append(out, ascii_of(str_new(s->data + i, n - i), s));
      break;
    }
    int64_t j = i;
    while (j < n && !space(s->data[j])) ++j;
    list_append(out, ascii_of(str_new(s->data + i, j - i), s));
    i = j;
  }
  return out;
}
List<Str*>* str_split_ws(const Str* s, int64_t maxsplit) { return split_ws(s, maxsplit, is_space); }
List<Str*>* str_split_ws_ascii3(const Str* s, int64_t maxsplit) {  // Python 3: '\x1c'..'\x1f' too
  return split_ws(s, maxsplit, [](char c) { return is_space(c) || (c >= 0x1c && c <= 0x1f); });
}

List<int64_t>* range_list(int64_t lo, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error("range() step argument must not be zero");
  int64_t n = 0;
  if (step > 0 && lo < hi) n = (hi - lo - 1) / step + 1;
  if (step < 0 && lo > hi) n = (lo - hi - 1) / (-step) + 1;
  auto* l = list_new<int64_t>(n);
  for (int64_t i = 0; i < n; ++i) l->items[i] = lo + i * step;
  return l;
}

// a ** b of floats, as float.__pow__: C99's pow gives Python's results for the special values
// (nan, infinities, signed zeros); Python raises where C reports an error: 0.0 ** negative is a
// ZeroDivisionError, a negative base with a fractional exponent a ValueError in Python 2 (Python
// 3's result is a complex number: the program stops, translated code has none), and a finite
// result too large an OverflowError carrying errno's text.
double float_pow(double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b) || b == 0.0) return std::pow(a, b);
  if (a == 0.0) {
    if (b < 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return std::pow(a, b);
  }
  if (a < 0 && b != std::floor(b)) {
    if (python2) raise_value_error("negative number cannot be raised to a fractional power");
    stop_float_pow_complex();
  }
  double r = std::pow(a, b);
  if (std::isinf(r)) raise_exc<OverflowError>("(34, 'Numerical result out of range')");
  return r;
}
// int(x) of a float, as Python raises for nan and infinities; -2**63 itself fits. A finite float
// beyond 64 bits is an int in Python (a long in Python 2), so the program stops with the reason
// rather than raise an exception Python never raises (rpy::stop_float_to_int_overflow).
int64_t float_to_int(double x) {
  if (__builtin_expect(x >= -9223372036854775808.0 && x < 9223372036854775808.0, 1)) return static_cast<int64_t>(x);
  if (std::isnan(x)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) raise_exc<OverflowError>("cannot convert float infinity to integer");
  stop_float_to_int_overflow();
}

int64_t hash27_unicode(const Str* s) {
  bool ascii = true;
  for (int64_t i = 0; i < s->len && ascii; ++i) ascii = static_cast<unsigned char>(s->data[i]) < 0x80;
  if (ascii) return hash27_bytes(s->data, s->len);
  std::vector<uint32_t> units;
  units.reserve(static_cast<size_t>(s->len));
  const auto* p = reinterpret_cast<const unsigned char*>(s->data);
  for (int64_t i = 0; i < s->len;) {
    uint32_t c = p[i];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    c = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0f : extra == 1 ? c & 0x1f : c;
    ++i;
    for (int k = 0; k < extra && i < s->len; ++k, ++i) c = (c << 6) | (p[i] & 0x3f);
    units.push_back(c);
  }
  return hash27_units(units.data(), static_cast<int64_t>(units.size()));
}

}  // namespace rpy
