// The concrete meaning of the jitcode instructions on words, shared by the blackhole interpreter
// and the tracer (which computes every value it records), so that the two cannot differ. The
// int operations with Python semantics are the runtime's own (rpy/ints.hpp), as in compiled code.
#pragma once
#include "jit/ops.hpp"
#include "rpy/rpy.hpp"

namespace rpy::jit {

using AnyList = rpy::List<int64_t>;  // len, cap, items: the same layout for every item type

// new_list_scoped (docs/JIT.md 16): `[fill] * n` of word items (ints or references), in the
// collected heap (items scanned: they may be references)...
inline Word new_word_list(Word n, Word fill) {
  auto count = static_cast<int64_t>(n) < 0 ? 0 : static_cast<int64_t>(n);
  List<void*>* l = rpy::list_new<void*>(count);
  if (fill != 0)
    for (int64_t i = 0; i < count; ++i) l->items[i] = reinterpret_cast<void*>(fill);
  return reinterpret_cast<Word>(l);
}
// ...or built in frame_list_words(n) words at `at` of a machine frame (new_list_in_frame), the
// items after the header (growing moves them to the heap, as for a small list's inline items)
constexpr int64_t kFrameListMax = 16;
inline uint32_t frame_list_words(int64_t n) { return static_cast<uint32_t>(3 + (n < 4 ? 4 : n)); }
inline Word construct_word_list_at(Word n, Word fill, void* at) {
  auto count = static_cast<int64_t>(n) < 0 ? 0 : static_cast<int64_t>(n);
  auto* l = static_cast<AnyList*>(at);
  l->len = count;
  l->cap = count < 4 ? 4 : count;
  l->items = reinterpret_cast<int64_t*>(l + 1);
  for (int64_t i = 0; i < l->cap; ++i) l->items[i] = i < count ? static_cast<int64_t>(fill) : 0;
  return reinterpret_cast<Word>(at);
}

inline Word eval_int2(int op, Word x, Word y) {
  auto a = static_cast<int64_t>(x), b = static_cast<int64_t>(y);
  switch (op) {
    case OP_int_add:
      return w(rpy::int_add(a, b));
    case OP_int_sub:
      return w(rpy::int_sub(a, b));
    case OP_int_mul:
      return w(rpy::int_mul(a, b));
    case OP_int_floordiv:
      return w(rpy::int_floordiv(a, b));
    case OP_int_mod:
      return w(rpy::int_mod(a, b));
    case OP_int_and:
      return w(a & b);
    case OP_int_or:
      return w(a | b);
    case OP_int_xor:
      return w(a ^ b);
    case OP_int_lshift:
      return w(rpy::int_lshift(a, b));
    case OP_int_rshift:
      return w(rpy::int_rshift(a, b));
    case OP_int_pow:
      return w(rpy::int_pow(a, b));
    case OP_int_lt:
      return a < b;
    case OP_int_le:
      return a <= b;
    case OP_int_eq:
      return a == b;
    case OP_int_ne:
      return a != b;
    case OP_int_gt:
      return a > b;
    case OP_int_ge:
      return a >= b;
    default:
      __builtin_unreachable();
  }
}

inline Word eval_int1(int op, Word x) {
  auto a = static_cast<int64_t>(x);
  switch (op) {
    case OP_int_neg:
      return w(rpy::int_neg(a));
    case OP_int_invert:
      return w(~a);
    case OP_int_is_true:
      return a != 0;
    case OP_int_is_zero:
      return a == 0;
    default:
      __builtin_unreachable();
  }
}

inline Word eval_float2(int op, Word x, Word y) {
  double a = unw<double>(x), b = unw<double>(y);
  switch (op) {
    case OP_float_add:
      return w(a + b);
    case OP_float_sub:
      return w(a - b);
    case OP_float_mul:
      return w(a * b);
    case OP_float_truediv:
      return w(rpy::float_div(a, b));
    case OP_float_floordiv:
      return w(rpy::float_floordiv(a, b));
    case OP_float_mod:
      return w(rpy::float_mod(a, b));
    case OP_float_lt:
      return a < b;
    case OP_float_le:
      return a <= b;
    case OP_float_eq:
      return a == b;
    case OP_float_ne:
      return a != b;
    case OP_float_gt:
      return a > b;
    case OP_float_ge:
      return a >= b;
    default:
      __builtin_unreachable();
  }
}

inline Word load_int(const char* p, uint8_t size, bool is_signed) {
  switch (size) {
    case 1:
      return is_signed ? w(static_cast<int64_t>(*reinterpret_cast<const int8_t*>(p))) : *reinterpret_cast<const uint8_t*>(p);
    case 4:
      return is_signed ? w(static_cast<int64_t>(*reinterpret_cast<const int32_t*>(p))) : *reinterpret_cast<const uint32_t*>(p);
    default:
      return *reinterpret_cast<const Word*>(p);
  }
}

inline void store_int(char* p, uint8_t size, Word v) {
  switch (size) {
    case 1:
      *reinterpret_cast<uint8_t*>(p) = static_cast<uint8_t>(v);
      break;
    case 4:
      *reinterpret_cast<uint32_t*>(p) = static_cast<uint32_t>(v);
      break;
    default:
      *reinterpret_cast<Word*>(p) = v;
  }
}

// Python's list index: negative from the end; IndexError out of range.
inline int64_t list_index(const AnyList* l, int64_t i, const char* msg) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->len)) {
    if (i < 0 && i + l->len >= 0) return i + l->len;
    rpy::raise_index_error(msg);
  }
  return i;
}

}  // namespace rpy::jit
