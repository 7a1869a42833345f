// str: an immutable byte string, allocated by the collector. A char is a plain C++ char. In
// Python 3 programs a str is text: its bytes are UTF-8 and positions count code points (the *3
// functions below); ASCII strings, which have as many code points as bytes, keep the byte paths.
#pragma once
#include <initializer_list>

#include "rpy/core.hpp"

namespace rpy {

template <class T>
struct List;
struct Buffer;
struct FmtSpec;

struct Str {
  int64_t len;
  mutable int64_t hash;  // 0 = not computed yet
  mutable int32_t ncp;   // code points of the UTF-8 text (Python 3); -1 = not counted (or too many)
  char data[1];          // len bytes plus a NUL, at offset 20 (allocations size by offsetof)
};

// A string constant of the program: static storage with Str's layout (never collected).
template <size_t N>
struct StrConst {
  int64_t len;
  int64_t hash;
  int32_t ncp;
  char data[N];
  Str* get() { return reinterpret_cast<Str*>(this); }
};

Str* str_new(const char* p, int64_t n);
Str* str_uninit(int64_t n);  // data to be filled by the caller
inline Str* str_lit(const char* p, int64_t n) { return str_new(p, n); }
Str* str_from_cstr(const char* p);
// Preallocated single-character strings (the table fills on first use).
extern Str* str_char_table[256];
Str* str_of_char_slow(char c);
inline Str* str_of_char(char c) {
  Str* s = str_char_table[static_cast<unsigned char>(c)];
  return s ? s : str_of_char_slow(c);
}

[[noreturn, gnu::cold, gnu::noinline]] void raise_index_error(const char* what);
[[noreturn, gnu::cold, gnu::noinline]] void raise_type_error_none(const char* what);
// Reading or writing an attribute, or calling a method, through None: AttributeError, as Python
// raises it (RPython would crash). The check is emitted only where the annotator says the
// value may be None.
[[noreturn, gnu::cold, gnu::noinline]] void raise_none_attribute(const char* attr);
// `a, b = lst` (or `a, *rest = lst`) with the wrong number of items: Python's ValueError message
// for the program's dialect.
[[noreturn, gnu::cold, gnu::noinline]] void raise_unpack_error(int64_t got, int64_t expected, bool at_least);
// a < b of instances whose classes define no order (Python 3's TypeError; None is 'NoneType').
[[noreturn, gnu::cold, gnu::noinline]] void raise_unorderable(const Object* a, const Object* b);
// Reading an instance attribute that the object's class never holds (only other subclasses of
// the variable's class set it): AttributeError, as Python raises it (RPython reads a zero).
// `classic`: a Python 2 classic class, whose message reads "A instance has no attribute 'x'".
[[noreturn, gnu::cold, gnu::noinline]] void raise_missing_attribute(const Object* o, const char* attr, bool classic = false);
template <class T>
inline T* has_attr(T* p, std::initializer_list<int32_t> lacking, const char* attr, bool classic = false) {
  int32_t id = p->rpy_cls_id();
  for (int32_t k : lacking)
    if (__builtin_expect(id == k, 0)) raise_missing_attribute(p, attr, classic);
  return p;
}
// Calling a bound method (or function) value that is None.
[[noreturn, gnu::cold, gnu::noinline]] void raise_none_not_callable();
template <class T>
inline T* nonnull_callable(T* p) {
  if (__builtin_expect(p == nullptr, 0)) raise_none_not_callable();
  return p;
}
template <class T>
inline T* nonnull(T* p, const char* attr) {
  if (__builtin_expect(p == nullptr, 0)) raise_none_attribute(attr);
  return p;
}

inline int64_t len(const Str* s) { return s->len; }
[[gnu::always_inline]] inline char str_getitem(const Str* s, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len)) {
    if (i < 0 && i + s->len >= 0) return s->data[i + s->len];
    raise_index_error("string index out of range");
  }
  return s->data[i];
}
Str* str_concat(const Str* a, const Str* b);
Str* str_concat_char(const Str* a, char b);
Str* str_concat_char(char a, const Str* b);
Str* str_concat_chars(char a, char b);
Str* str_repeat(const Str* a, int64_t n);
Str* str_slice(const Str* s, int64_t lo, int64_t hi);
Str* str_slice_from(const Str* s, int64_t lo);
Str* str_slice_to(const Str* s, int64_t hi);
Str* str_slice_step(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step);
inline bool str_eq(const Str* a, const Str* b) {
  if (a == b) return true;
  if (!a || !b) return false;
  return a->len == b->len && std::memcmp(a->data, b->data, a->len) == 0;
}
inline bool str_eq_char(const Str* a, char c) { return a && a->len == 1 && a->data[0] == c; }
int str_cmp(const Str* a, const Str* b);
bool str_contains(const Str* hay, const Str* needle);
bool str_contains_char(const Str* hay, char c);
int64_t str_hash(const Str* s);

// Python 3 text (runtime/text3.cpp). str_ncp counts code points once and caches the count.
int64_t str_count_cps(const Str* s);
inline void str_set_ncp(const Str* s, int64_t n) { s->ncp = n >= 0 && n <= INT32_MAX ? static_cast<int32_t>(n) : -1; }
inline int64_t str_ncp(const Str* s) {
  int64_t n = s->ncp;
  return n >= 0 ? n : str_count_cps(s);
}
// Python 3 ord(): the inline case is a str of one byte (ASCII, as the text is UTF-8).
int64_t str_ord3_slow(const Str* s);
inline int64_t str_ord3(const Str* s) {
  if (__builtin_expect(s->len == 1, 1)) return static_cast<unsigned char>(s->data[0]);
  return str_ord3_slow(s);
}
inline bool str_is_ascii(const Str* s) { return str_ncp(s) == s->len; }
inline int64_t len3(const Str* s) { return str_ncp(s); }
Str* str_getitem3_slow(const Str* s, int64_t i);
[[gnu::always_inline]] inline Str* str_getitem3(const Str* s, int64_t i) {
  if (__builtin_expect(str_is_ascii(s), 1)) return str_of_char(str_getitem(s, i));
  return str_getitem3_slow(s, i);
}
// The code point at byte offset i as a str, and its length in bytes in *n (for loops over text).
Str* str_cp_at_slow(const Str* s, int64_t i, int64_t* n);
[[gnu::always_inline]] inline Str* str_cp_at(const Str* s, int64_t i, int64_t* n) {
  if (__builtin_expect(static_cast<unsigned char>(s->data[i]) < 0x80, 1)) {
    *n = 1;
    return str_of_char(s->data[i]);
  }
  return str_cp_at_slow(s, i, n);
}
Str* str_slice3(const Str* s, int64_t lo, int64_t hi);
Str* str_slice_from3(const Str* s, int64_t lo);
Str* str_slice_to3(const Str* s, int64_t hi);
Str* str_slice_step3(const Str* s, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step);
int64_t str_find3(const Str* s, const Str* sub, int64_t start, int64_t end);
int64_t str_rfind3(const Str* s, const Str* sub, int64_t start, int64_t end);
int64_t str_count3(const Str* s, const Str* sub, int64_t start, int64_t end);
Str* str_chr3(int64_t c);
// The code points of s, for list(s), sorted(s) and their kin.
List<Str*>* str_chars3(const Str* s);
// repr() of text: printable code points as they are, the others escaped (Python 3's rules).
void repr_text(Buffer& b, const Str* s);
// ascii() of a value given its repr: code points above 0x7F escaped (\xNN, \uNNNN, \UNNNNNNNN).
Str* str_ascii3(const Str* repr);
// %c of a str in Python 3: one code point, else TypeError.
void fmt_char3(Buffer& b, const Str* s, const FmtSpec& spec);
// Methods on text that is not ASCII (the ASCII cases keep the byte functions).
Str* str_upper3(const Str* s);
Str* str_lower3(const Str* s);
Str* str_swapcase3(const Str* s);
Str* str_title3(const Str* s);
Str* str_capitalize3(const Str* s);
Str* str_casefold3(const Str* s);  // Unicode's full case folding ('ß' -> 'ss')
// Python 2 unicode's upper(), lower(), swapcase(), title(), capitalize() (op 0-4 in that order):
// Python 2.7's simple mappings of Unicode 5.2.
Str* u_case27(const Str* s, int op);
// s.expandtabs(tabsize): each tab becomes the spaces up to the next multiple of tabsize (none when
// tabsize <= 0); the column restarts after '\n' and '\r' and counts code points when `cps`
// (Python 3 str, Python 2 unicode), bytes otherwise (Python 2 str).
Str* str_expandtabs(const Str* s, int64_t tabsize, bool cps);
bool str_is3(const Str* s, int which);  // which: 0 digit, 1 alpha, 2 alnum, 3 space, 4 upper, 5 lower, 6 printable, 7 decimal, 8 numeric
bool u_is27(const Str* s, int which);   // Python 2 unicode (str_is3's numbering, 0-5, 7, 8): python2.7's Unicode 5.2
Str* str_strip3(const Str* s, const Str* chars, int which);
List<Str*>* str_split_ws3(const Str* s, int64_t maxsplit);
List<Str*>* str_split_ws_ascii3(const Str* s, int64_t maxsplit);  // ASCII text
// A code point position of startswith/endswith as a byte offset (negative: from the end).
int64_t str_byte_pos3(const Str* s, int64_t i);
// s itself when it is ASCII without Python 3's extra whitespace ('\x1c'..'\x1f'); otherwise a
// clear refusal (a fatal error, exit status 70) naming `what`, which rpy runs only on such text.
Str* str_ascii_only(const Str* s, const char* what);
// s itself when its whitespace (line breaks) are those the byte functions know; else a refusal.
// Text split at whitespace / line breaks: Python 3 str (Unicode 14.0) and Python 2 unicode
// (python2.7's 5.2); splitlines() breaks at the same characters in both (text3.cpp).
List<Str*>* str_rsplit_ws3(const Str* s, int64_t maxsplit);
List<Str*>* u_split_ws27(const Str* s, int64_t maxsplit);
List<Str*>* u_rsplit_ws27(const Str* s, int64_t maxsplit);
Str* u_strip27(const Str* s, const Str* chars, int which);  // chars null: whitespace
Str* u_decimal27(const Str* s);                             // int(u)/float(u) of Python 2: the str python2.7 reads (UnicodeEncodeError)
List<Str*>* str_splitlines3(const Str* s, bool keepends);

// Conversions.
Str* int_to_str(int64_t v);
Str* float_to_str(double v);
// The program is Python 2 (RPYTHON.md 5): str() of a float has 12 significant digits, a set's
// repr is set([...]), an exception's repr shows its args tuple. Set by the generated main before
// anything runs.
extern bool python2;
// str(x) of a float into `buf` (at least 48 bytes): Python 2's or Python 3's, per the program.
int float_str_chars(double v, char* buf);
Str* bool_to_str(bool v);
inline Str* char_to_str(char c) { return str_of_char(c); }
inline Str* to_str(Str* s) { return s; }
int64_t str_to_int(const Str* s, int64_t base = 10);
int64_t str_to_long27(const Str* s, int64_t base = 10);  // Python 2's long(): messages name long()
double str_to_float(const Str* s);
// Python 3: s with its non-ASCII whitespace as ' ' and decimal digits as '0'..'9', cut after the
// first other non-ASCII character (made '?'), as CPython reads numbers; null when s is ASCII.
const Str* str_numeral_ascii3(const Str* s);
Str* str_repr(const Str* s);
Str* char_repr(char c);

// Methods.
Str* str_strip(const Str* s, const Str* chars, int which);  // which: 0 both, 1 left, 2 right
bool str_startswith(const Str* s, const Str* p);
bool str_endswith(const Str* s, const Str* p);
int64_t str_find(const Str* s, const Str* sub, int64_t start, int64_t end);
int64_t str_rfind(const Str* s, const Str* sub, int64_t start, int64_t end);
int64_t str_count(const Str* s, const Str* sub, int64_t start, int64_t end);
Str* str_replace(const Str* s, const Str* old, const Str* rep);
Str* str_upper(const Str* s);
Str* str_lower(const Str* s);
bool str_isdigit(const Str* s);
bool str_isalpha(const Str* s);
bool str_isalnum(const Str* s);
bool str_isspace(const Str* s);
bool str_isupper(const Str* s);
bool str_islower(const Str* s);

}  // namespace rpy
