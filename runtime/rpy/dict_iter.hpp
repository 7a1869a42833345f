// Python's check that a dict or a set keeps its size while something iterates over it: each step
// of a `for` loop (emit_dict_for), of iter(d) and of the JIT's table iterators compares the size
// with the one at the start and raises RuntimeError ("dictionary changed size during iteration",
// "Set changed size during iteration") at the first step after a change, as CPython's iterators do.
#pragma once
#include <cstdint>

#include "rpy/dict.hpp"
#include "rpy/iter.hpp"

namespace rpy {

[[noreturn, gnu::cold, gnu::noinline]] void raise_changed_size(bool set);  // dict.cpp

// Whether a table type is a set's (the message names it).
template <class D>
constexpr bool is_set_table = false;
template <class K>
constexpr bool is_set_table<Dict<K, SetTag>> = true;
template <class K, class H>
constexpr bool is_set_table<Dict27<K, SetTag, H>> = true;

// The check, written into a loop's condition: true, or the RuntimeError.
[[gnu::always_inline]] inline bool same_size(int64_t len, int64_t len0, bool set) {
  if (len != len0) [[unlikely]]
    raise_changed_size(set);
  return true;
}

// iter(d) / iter(s): the keys as they were when it was made, stepped while the size holds.
// After a failed check the iterator keeps failing (CPython forgets the size it started with).
template <class T, class D>
struct SizedKeysIter : ListIter<T> {
  D* d;
  int64_t len0;
  SizedKeysIter(List<T>* keys, D* dict) : ListIter<T>(keys), d(dict), len0(dict->len) {}
  bool step(T& out) override {
    if (this->l && d->len != len0) {
      len0 = -1;
      raise_changed_size(is_set_table<D>);
    }
    return ListIter<T>::step(out);
  }
};
template <class D>
inline auto iter_dict_keys(D* d) {
  auto* keys = dict_keys(d);
  using T = std::remove_reference_t<decltype(*keys->items)>;
  return static_cast<Iterator<T>*>(make<SizedKeysIter<T, D>>(keys, d));
}

}  // namespace rpy
