// bytearray: a mutable array of bytes whose items read as ints 0..255 (str() of one is its bytes in
// Python 2 programs, bytearray(b'...') in Python 3 scripts). As in translated RPython
// (an array of chars written with chr(v)), an item assigned any int is stored modulo 256
// (RPYTHON.md 5). Allocated by the collector; the size is fixed once made, as RPython's.
#pragma once
#include "rpy/io.hpp"
#include "rpy/list.hpp"
#include "rpy/str.hpp"

namespace rpy {

struct ByteArray {
  int64_t len;
  char* data;  // len bytes (atomic memory: no pointers)
};

ByteArray* bytearray_new(int64_t n);  // n zero bytes; ValueError if n < 0
ByteArray* bytearray_from_str(const Str* s);
ByteArray* bytearray_copy(const ByteArray* b);
inline int64_t len(const ByteArray* b) { return b->len; }
inline int64_t bytearray_getitem(const ByteArray* b, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(b->len)) {
    if (i < 0 && i + b->len >= 0) return static_cast<unsigned char>(b->data[i + b->len]);
    raise_index_error("bytearray index out of range");
  }
  return static_cast<unsigned char>(b->data[i]);
}
inline void bytearray_setitem(ByteArray* b, int64_t i, int64_t v) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(b->len)) {
    if (!(i < 0 && i + b->len >= 0)) raise_index_error("bytearray index out of range");
    i += b->len;
  }
  b->data[i] = static_cast<char>(static_cast<unsigned char>(v & 0xFF));
}
ByteArray* bytearray_slice(const ByteArray* b, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step);
ByteArray* bytearray_concat(const char* a, int64_t na, const char* b, int64_t nb);
inline ByteArray* bytearray_concat(const ByteArray* a, const ByteArray* b) { return bytearray_concat(a->data, a->len, b->data, b->len); }
inline ByteArray* bytearray_concat(const ByteArray* a, const Str* b) { return bytearray_concat(a->data, a->len, b->data, b->len); }
inline ByteArray* bytearray_concat(const Str* a, const ByteArray* b) { return bytearray_concat(a->data, a->len, b->data, b->len); }
inline ByteArray* bytearray_concat(const ByteArray* a, char c) { return bytearray_concat(a->data, a->len, &c, 1); }
inline ByteArray* bytearray_concat(char c, const ByteArray* b) { return bytearray_concat(&c, 1, b->data, b->len); }
Str* bytearray_to_str(const ByteArray* b);  // str(b): its bytes (None for a null bytearray)
bool bytearray_eq(const ByteArray* a, const char* p, int64_t n);
inline bool bytearray_eq(const ByteArray* a, const ByteArray* b) { return a == b || (a && b && bytearray_eq(a, b->data, b->len)); }
inline bool bytearray_eq(const ByteArray* a, const Str* s) { return a && s && bytearray_eq(a, s->data, s->len); }

void append_str(Buffer& b, const ByteArray* v);   // its bytes
void append_repr(Buffer& b, const ByteArray* v);  // bytearray(b'...')

}  // namespace rpy
