// bytearray (rpy/bytearray.hpp).
#include "rpy/bytearray.hpp"

#include <cstring>

namespace rpy {

ByteArray* bytearray_new(int64_t n) {
  if (n < 0) raise_value_error("negative count");
  auto* b = static_cast<ByteArray*>(gc_alloc(sizeof(ByteArray)));
  b->len = n;
  b->data = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(n) + 1));
  std::memset(b->data, 0, static_cast<size_t>(n) + 1);
  return b;
}

static ByteArray* from_bytes(const char* p, int64_t n) {
  ByteArray* b = bytearray_new(n);
  if (n) std::memcpy(b->data, p, static_cast<size_t>(n));
  return b;
}

ByteArray* bytearray_from_str(const Str* s) { return from_bytes(s->data, s->len); }
ByteArray* bytearray_copy(const ByteArray* b) { return from_bytes(b->data, b->len); }

ByteArray* bytearray_slice(const ByteArray* b, bool has_lo, int64_t lo, bool has_hi, int64_t hi, int64_t step) {
  if (step == 0) raise_value_error("slice step cannot be zero");
  slice_bounds_step(b->len, has_lo, lo, has_hi, hi, step);
  if (step == 1) return from_bytes(b->data + lo, hi > lo ? hi - lo : 0);
  Buffer out;
  for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step)
    if (i >= 0 && i < b->len) out.put(b->data[i]);
  return from_bytes(out.data, out.len);
}

ByteArray* bytearray_concat(const char* a, int64_t na, const char* b, int64_t nb) {
  ByteArray* r = bytearray_new(na + nb);
  if (na) std::memcpy(r->data, a, static_cast<size_t>(na));
  if (nb) std::memcpy(r->data + na, b, static_cast<size_t>(nb));
  return r;
}

Str* bytearray_to_str(const ByteArray* b) { return b ? str_new(b->data, b->len) : nullptr; }

bool bytearray_eq(const ByteArray* a, const char* p, int64_t n) {
  return a->len == n && (n == 0 || std::memcmp(a->data, p, static_cast<size_t>(n)) == 0);
}

void append_str(Buffer& b, const ByteArray* v) {
  if (!v) return b.put("None", 4);
  if (!python2) return append_repr(b, v);  // Python 3: str(bytearray) is its repr
  b.put(v->data, v->len);
}

void append_repr(Buffer& b, const ByteArray* v) {
  if (!v) return b.put("None", 4);
  b.put("bytearray(b", 11);
  append_repr(b, str_new(v->data, v->len));  // the same quotes and escapes as a str's repr
  b.put(')');
}

}  // namespace rpy
