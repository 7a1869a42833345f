// Python 3 bytes: an immutable byte string with Str's layout (RPython's str), a C++ type of its
// own so that the overloads that differ from text are chosen by type: repr and str() give
// b'...', items and iteration give ints, `==` with a str is False, and a bytes key hashes and
// compares by value. The byte functions of Str do the rest (docs/TYPES.md).
#pragma once
#include "rpy/dict.hpp"
#include "rpy/file.hpp"
#include "rpy/format.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/str.hpp"

namespace rpy {

struct Bytes : Str {};

inline Bytes* as_bytes(const Str* s) { return static_cast<Bytes*>(const_cast<Str*>(s)); }
inline const Str* as_str(const Bytes* b) { return b; }
Bytes* bytes_new(const char* p, int64_t n);
Bytes* bytes_zeros(int64_t n);  // bytes(n); ValueError if n < 0
Bytes* bytes_from_ints(const List<int64_t>* items);
Bytes* bytes_from_ints(const List<bool>* items);
List<int64_t>* bytes_ints(const Bytes* b);  // list(b)

inline int64_t len(const Bytes* b) { return b->len; }
[[gnu::always_inline]] inline int64_t bytes_getitem(const Bytes* b, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(b->len)) {
    if (i < 0 && i + b->len >= 0) return static_cast<unsigned char>(b->data[i + b->len]);
    raise_index_error("index out of range");
  }
  return static_cast<unsigned char>(b->data[i]);
}
inline Bytes* bytes_slice(const Bytes* b, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  return as_bytes(str_slice_step(b, has_lo, lo, has_hi, hi, step));
}
inline Bytes* bytes_concat(const Bytes* a, const Bytes* b) { return as_bytes(str_concat(a, b)); }
inline Bytes* bytes_repeat(const Bytes* a, int64_t n) { return as_bytes(str_repeat(a, n)); }
// `needle in hay` (the needle first: Python evaluates it first).
inline bool bytes_in(const Bytes* needle, const Bytes* hay) { return str_contains(hay, needle); }
bool bytes_in_int(int64_t v, const Bytes* hay);  // ValueError outside 0..255

// Python's order and equality of bytes (a bytes is never equal to a str: no overload takes both).
// Each has a Bytes* and a const Bytes* form: an exact match, preferred to the identity templates
// of builtins.hpp and list.hpp (which take any other pointer).
inline bool same(const Bytes* a, const Bytes* b) { return str_eq(a, b); }
inline bool same(Bytes* a, Bytes* b) { return str_eq(a, b); }
inline bool lt(const Bytes* a, const Bytes* b) { return str_cmp(a, b) < 0; }
inline bool lt(Bytes* a, Bytes* b) { return str_cmp(a, b) < 0; }
inline bool eq(const Bytes* a, const Bytes* b) { return str_eq(a, b); }
inline bool eq(Bytes* a, Bytes* b) { return str_eq(a, b); }
inline int64_t hash(const Bytes* b) { return str_hash(b); }
template <>
struct KeyOps<Bytes*> {  // by value, as Python's bytes keys
  static uint64_t hash(const Bytes* s) { return KeyOps<Str*>::hash(s); }
  static bool eq(const Bytes* a, const Bytes* b) { return str_eq(a, b); }
};

void append_repr(Buffer& b, const Bytes* v);                              // b'...' with Python's escapes
inline void append_str(Buffer& b, const Bytes* v) { append_repr(b, v); }  // str(b) is repr(b)
Str* bytes_repr(const Bytes* v);
int64_t bytes_to_int(const Bytes* v, int64_t base = 10);  // int(b), int(b, base)
double bytes_to_float(const Bytes* v);                    // float(b)

// s.encode(encoding, errors) and b.decode(encoding, errors): 'utf-8', 'ascii' and 'latin-1'
// (with their aliases); errors 'strict' (UnicodeEncodeError/UnicodeDecodeError with Python's
// messages), 'replace' and 'ignore'. A null encoding or errors is the default.
Bytes* str_encode3(const Str* s, const Str* encoding, const Str* errors);
Str* bytes_decode(const Bytes* b, const Str* encoding, const Str* errors);
Str* bytes_hex(const Bytes* b);
// b.hex(sep, bytes_per_sep): sep (null: none) between groups of |per| bytes, counted from the right
// when per > 0, from the left when per < 0; ValueError unless sep is one ASCII character
// (text_sep: sep is a str, whose length counts characters).
Str* bytes_hex_sep(const Bytes* b, const Str* sep, int64_t per, bool text_sep);
Bytes* bytes_fromhex(const Str* s);

// bytes % values (PEP 461; bytes_percent.cpp): %s and %b of bytes or a bytearray (width and
// precision count bytes; None raises TypeError), %c of an int in range(256) (OverflowError) or of
// a single byte (TypeError otherwise).
struct ByteArray;
void fmt_bytes(Buffer& b, const char* p, int64_t n, const FmtSpec& s);
void fmt_bytes(Buffer& b, const Bytes* v, const FmtSpec& s);
void fmt_bytes(Buffer& b, const ByteArray* v, const FmtSpec& s);
void fmt_byte_char(Buffer& b, int64_t v, const FmtSpec& s);
void fmt_byte_char(Buffer& b, const Bytes* v, const FmtSpec& s);
// Methods with Python 3's rules (bounds as slices; a null separator or chars: whitespace).
inline int64_t bytes_find(const Bytes* b, const Bytes* sub, int64_t lo, int64_t hi) { return str_find(b, sub, lo, hi); }
inline int64_t bytes_rfind(const Bytes* b, const Bytes* sub, int64_t lo, int64_t hi) { return str_rfind(b, sub, lo, hi); }
inline int64_t bytes_count(const Bytes* b, const Bytes* sub, int64_t lo, int64_t hi) { return str_count(b, sub, lo, hi); }
int64_t bytes_index(const Bytes* b, const Bytes* sub, int64_t lo, int64_t hi);  // ValueError: subsection not found
List<Bytes*>* bytes_split(const Bytes* b, const Bytes* sep, int64_t maxsplit);
Bytes* bytes_join(const Bytes* sep, const List<Bytes*>* items);
inline Bytes* bytes_strip(const Bytes* b, const Bytes* chars) { return as_bytes(str_strip(b, chars, 0)); }
inline Bytes* bytes_lstrip(const Bytes* b, const Bytes* chars) { return as_bytes(str_strip(b, chars, 1)); }
inline Bytes* bytes_rstrip(const Bytes* b, const Bytes* chars) { return as_bytes(str_strip(b, chars, 2)); }
Bytes* bytes_replace(const Bytes* b, const Bytes* old, const Bytes* rep, int64_t count);
// A file opened in binary mode by a Python 3 script: the file functions, with bytes in and out.
inline Bytes* file_read_bytes(File* f, int64_t n) { return as_bytes(file_read_raw(f, n)); }
inline int64_t file_write_bytes(File* f, const Bytes* b) {
  file_write(f, b);
  return b->len;
}
List<Bytes*>* bytes_list(List<Str*>* items);  // the same strs, as bytes (readlines)
// A mode known only at run time where rpy typed a text file: one with 'b' stops the program
// (a binary file reads bytes; its type is known only from a constant mode).
Str* text_mode3(const Str* mode);
inline File* file_open3(const Str* path, const Str* mode) { return file_open(path, text_mode3(mode)); }
// n.to_bytes(length, byteorder, signed=) and int.from_bytes(b, byteorder, signed=), with Python's
// errors; an int beyond 64 bits from from_bytes stops the program as a script's int overflow does.
Bytes* int_to_bytes(int64_t v, int64_t length, const Str* byteorder, bool is_signed);
// n.bit_length(), n.bit_count(): of |n| (exact for INT64_MIN too)
inline int64_t int_bit_length(int64_t v) {
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return u ? 64 - __builtin_clzll(u) : 0;
}
inline int64_t int_bit_count(int64_t v) { return __builtin_popcountll(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v)); }
int64_t int_from_bytes(const Bytes* b, const Str* byteorder, bool is_signed);

}  // namespace rpy
