// collections.Counter for translated code: a CounterDict<D> is the dict D (keys to int counts);
// c[k] of a missing key is 0 (not inserted), most_common() sorts by count, highest first, ties
// in the dict's iteration order (a stable sort, as CPython's sorted()), and the repr lists the
// items in that order.
#pragma once
#include "rpy/builtins.hpp"
#include "rpy/dict.hpp"
#include "rpy/dict27.hpp"
#include "rpy/io.hpp"
#include "rpy/ints.hpp"

namespace rpy {

template <class D>
struct CounterDict : D {};

// `base` is a new dict: its tables become the Counter's.
template <class D>
inline CounterDict<D>* counter_new(D* base) {
  auto* c = static_cast<CounterDict<D>*>(gc_alloc(sizeof(CounterDict<D>)));
  *static_cast<D*>(c) = *base;
  return c;
}

template <class D>
inline CounterDict<D>* counter_copy(const CounterDict<D>* c) {
  return counter_new(dict_copy(static_cast<const D*>(c)));
}

template <class D, class K>
inline void counter_add(D* c, const K& k, int64_t n) {
  if (auto* p = dict_find(c, k))
    *p = int_add(*p, n);
  else
    dict_set(c, k, n);
}

template <class D, class K>
inline int64_t counter_get(const D* c, const K& k) {
  if (auto* p = dict_find(c, k)) return *p;
  return 0;
}

template <class D>
inline int64_t counter_total(const D* c) {
  auto* l = dict_items(c);
  int64_t t = 0;
  for (int64_t i = 0; i < l->len; ++i) t = int_add(t, std::get<1>(l->items[i]));
  return t;
}

// The (key, count) pairs by count, highest first; the first n of them (all when n < 0).
template <class D>
inline auto counter_most_common(const D* c, int64_t n) {
  auto* l = dict_items(c);
  using Item = std::remove_reference_t<decltype(l->items[0])>;
  timsort::sort(
      l->items, l->len, true, timsort::Merges::Powersort, [](const Item& a, const Item& b) { return lt(std::get<1>(a), std::get<1>(b)); },
      SortScratch<Item>{});
  if (n < 0) n = l->len;
  if (n < l->len) l->len = n;
  return l;
}

// most_common(n): at most n pairs (none when n is negative).
template <class D>
inline auto counter_most_common_upto(const D* c, int64_t n) {
  return counter_most_common(c, n < 0 ? 0 : n);
}

template <class D>
void append_repr(Buffer& b, const CounterDict<D>* c) {
  if (!c) {
    b.put("None", 4);
    return;
  }
  auto* l = counter_most_common(static_cast<const D*>(c), -1);
  if (l->len == 0) {
    b.put("Counter()", 9);
    return;
  }
  b.put("Counter({", 9);
  for (int64_t i = 0; i < l->len; ++i) {
    if (i) b.put(", ", 2);
    append_repr(b, std::get<0>(l->items[i]));
    b.put(": ", 2);
    append_repr(b, std::get<1>(l->items[i]));
  }
  b.put("})", 2);
}
template <class D>
void append_str(Buffer& b, const CounterDict<D>* c) {
  append_repr(b, c);
}

}  // namespace rpy
