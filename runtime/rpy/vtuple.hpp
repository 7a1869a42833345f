// Tuples of unknown length (tuple(iterable), itertools.permutations without r...): a VTuple<T> is
// a List<T> that is never changed after it is made, so every reading operation of lists applies
// to it through the base class (len, indexing, slicing, iteration, `in`, index, count). What
// differs from a list is here: the repr `(1,)`, equality and order by value (also with the
// fixed-length std::tuple it meets), and the hashes that make it a dict key or a set member:
// CPython's tuple hashes (PyHash, Hash27) and rpy's own (KeyOps), computed over the items as the
// std::tuple of the same items computes them, so (1, 2) and tuple([1, 2]) hash alike.
#pragma once
#include <tuple>

#include "rpy/builtins.hpp"
#include "rpy/dict.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"

namespace rpy {

template <class T>
VTuple<T>* vtuple_new(int64_t n) {  // n zeroed items, in the block of the header when small
  if (n < 0) n = 0;
  if (static_cast<size_t>(n) * sizeof(T) <= kListInlineBytes && alignof(T) <= alignof(VTuple<T>)) {
    auto* t = static_cast<VTuple<T>*>(gc_alloc(sizeof(VTuple<T>) + sizeof(T) * static_cast<size_t>(n)));
    t->items = reinterpret_cast<T*>(t + 1);
    t->len = t->cap = n;
    return t;
  }
  auto* t = static_cast<VTuple<T>*>(gc_alloc(sizeof(VTuple<T>)));
  t->items = alloc_items<T>(n);
  if (!holds_pointers<T>) std::memset(static_cast<void*>(t->items), 0, sizeof(T) * static_cast<size_t>(n));
  t->len = t->cap = n;
  return t;
}

template <class T>
VTuple<T>* vtuple_from_list(const List<T>* l) {
  auto* t = vtuple_new<T>(l->len);
  std::memcpy(static_cast<void*>(t->items), l->items, sizeof(T) * static_cast<size_t>(l->len));
  return t;
}
template <class T>
VTuple<T>* vtuple_from_list(const VTuple<T>* l) {  // a tuple of a tuple is itself
  return const_cast<VTuple<T>*>(l);
}

template <class T>
VTuple<T>* vtuple_of(std::initializer_list<T> xs) {
  auto* t = vtuple_new<T>(static_cast<int64_t>(xs.size()));
  int64_t i = 0;
  for (const T& x : xs) t->items[i++] = x;
  return t;
}

// A fixed-length tuple flowing where a tuple of unknown length is (the annotator merged them).
template <class T, class... U>
VTuple<T>* vtuple_from_tuple(const std::tuple<U...>& x) {
  auto* t = vtuple_new<T>(static_cast<int64_t>(sizeof...(U)));
  std::apply(
      [&](const auto&... v) {
        int64_t i = 0;
        ((t->items[i++] = item_as<T>(v)), ...);
      },
      x);
  return t;
}

template <class V, class... U>
bool vtuple_eq_tuple(const V& a, const std::tuple<U...>& b) {
  if (a->len != static_cast<int64_t>(sizeof...(U))) return false;
  return std::apply(
      [&](const auto&... v) {
        int64_t i = 0;
        return (eq_mixed(a->items[i++], v) && ...);
      },
      b);
}
template <class A, class B>
bool vtuple_lt_tuple(const A& a, const B& b) {
  if constexpr (VTupleTraits<A>::value) {
    auto c = vtuple_from_tuple<std::remove_cvref_t<decltype(a->items[0])>>(b);
    return lt_mixed(a, static_cast<const VTuple<std::remove_cvref_t<decltype(a->items[0])>>*>(c));
  } else {
    auto c = vtuple_from_tuple<std::remove_cvref_t<decltype(b->items[0])>>(a);
    return lt_mixed(static_cast<const VTuple<std::remove_cvref_t<decltype(b->items[0])>>*>(c), b);
  }
}

template <class T>
inline bool eq(VTuple<T>* a, VTuple<T>* b) {
  return eq(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}
template <class T>
bool same(VTuple<T>* a, VTuple<T>* b) {
  return same(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}
template <class T>
bool lt(VTuple<T>* a, VTuple<T>* b) {
  return lt(static_cast<const List<T>*>(a), static_cast<const List<T>*>(b));
}

// Indexing and index() say "tuple" in their messages.
template <class T>
[[gnu::always_inline]] inline T list_get(const VTuple<T>* t, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(t->len)) {
    if (i < 0 && i + t->len >= 0)
      i += t->len;
    else
      raise_index_error("tuple index out of range");
  }
  return t->items[i];
}
template <class T, class U>
int64_t list_index(const VTuple<T>* t, const U& x) {
  for (int64_t i = 0; i < t->len; ++i)
    if (item_eq(t->items[i], x)) return i;
  raise_value_error("tuple.index(x): x not in tuple");
}

template <class T>
void append_repr(Buffer& b, const VTuple<T>* t) {
  if (!t) {
    b.put("None", 4);
    return;
  }
  b.put('(');
  for (int64_t i = 0; i < t->len; ++i) {
    if (i) b.put(", ", 2);
    append_repr(b, t->items[i]);
  }
  if (t->len == 1) b.put(',');
  b.put(')');
}
template <class T>
void append_str(Buffer& b, const VTuple<T>* t) {
  append_repr(b, t);
}

template <class T>
VTuple<T>* vtuple_slice(const VTuple<T>* t, bool has_lo, int64_t lo, bool has_hi, int64_t hi) {
  return vtuple_from_list(list_slice(static_cast<const List<T>*>(t), has_lo, lo, has_hi, hi));
}
template <class T>
VTuple<T>* vtuple_concat(const List<T>* a, const List<T>* b) {
  return vtuple_from_list(list_concat(a, b));
}
template <class T>
VTuple<T>* vtuple_repeat(const List<T>* a, int64_t n) {
  return vtuple_from_list(list_repeat(a, n));
}

template <class T>
struct KeyOps<VTuple<T>*> {  // the fold of KeyOps<std::tuple<...>>, over the items
  static uint64_t hash(const VTuple<T>* t) {
    uint64_t acc = 0x27d4eb2f165667c5ULL;
    for (int64_t i = 0; i < t->len; ++i) acc = (acc ^ KeyOps<T>::hash(t->items[i])) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    return acc;
  }
  static bool eq(const VTuple<T>* a, const VTuple<T>* b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    for (int64_t i = 0; i < a->len; ++i)
      if (!KeyOps<T>::eq(a->items[i], b->items[i])) return false;
    return true;
  }
};
template <class T>
struct PyHash<VTuple<T>*> {  // CPython 3's tuple hash (xxHash-style), as PyHash<std::tuple<...>>
  static uint64_t hash(const VTuple<T>* t) {
    constexpr uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    for (int64_t i = 0; i < t->len; ++i) {
      acc += PyHash<T>::hash(t->items[i]) * p2;
      acc = (acc << 31) | (acc >> 33);
      acc *= p1;
    }
    acc += static_cast<uint64_t>(t->len) ^ (p5 ^ 3527539UL);
    return acc == ~uint64_t{0} ? 1546275796 : acc;
  }
};
template <class T>
struct Hash27<VTuple<T>*> {  // Python 2.7's tuplehash
  static uint64_t hash(const VTuple<T>* t) {
    uint64_t x = 0x345678, mult = 1000003;
    auto left = static_cast<uint64_t>(t->len);
    for (int64_t i = 0; i < t->len; ++i) {
      --left;
      x = (x ^ Hash27<T>::hash(t->items[i])) * mult;
      mult += 82520 + left + left;
    }
    x += 97531;
    return static_cast<uint64_t>(hash27_fix(static_cast<int64_t>(x)));
  }
  static bool eq(const VTuple<T>* a, const VTuple<T>* b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    for (int64_t i = 0; i < a->len; ++i)
      if (!Hash27<T>::eq(a->items[i], b->items[i])) return false;
    return true;
  }
};

}  // namespace rpy
