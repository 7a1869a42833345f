// Python's iteration over a dict or a set, shared by codegen's `for` loops (emit_dict_for), iter(d)
// and the JIT's table iterators (jit/iterators.hpp). As CPython's iterators (dictiter_iternextkey,
// setiter_iternext), each step looks at the table as it is now, from the position after the last
// element it gave, skipping the slots not in use:
// - first the size must be the one at the start: RuntimeError "dictionary changed size during
//   iteration" / "Set changed size during iteration" otherwise (and at every later step);
// - a Python 3 dict's iterator also counts the elements it gives: one more than the size at the
//   start means a key was deleted and another added (the same size), RuntimeError "dictionary
//   keys changed during iteration". Python 2.7's iterators and sets do not count.
// A Python 3 dict's entries keep insertion order with tombstones (rpy/dict.hpp), a set's and a
// Python 2 dict's slots are CPython's tables (rpy/set.hpp, rpy/dict27.hpp), so the positions are
// CPython's and the same elements are visited.
#pragma once
#include <cstdint>

#include "rpy/dict.hpp"
#include "rpy/iter.hpp"

namespace rpy {

[[noreturn, gnu::cold, gnu::noinline]] void raise_changed_size(bool set);  // dict.cpp
[[noreturn, gnu::cold, gnu::noinline]] void raise_keys_changed();          // dict.cpp

// Whether a table type is a set's (the message names it).
template <class D>
constexpr bool is_set_table = false;
template <class K>
constexpr bool is_set_table<Dict<K, SetTag>> = true;
template <class K, class H>
constexpr bool is_set_table<Dict27<K, SetTag, H>> = true;

// Whether a table is CPython's slot table (a set, a Python 2 dict) rather than a Python 3 dict's
// entries array; only the latter counts its elements ("keys changed").
template <class D>
constexpr bool has_slot_table = requires(D* d) {
  d->table;
};

// Where an iteration over a dict or set is: the position of the next slot or entry to look at,
// the size at the start (-1 once a change was seen: every later step fails, as CPython's), and
// for a Python 3 dict the elements it may still give.
struct TableCursor {
  int64_t pos = 0, len0, left;
  template <class D>
  explicit TableCursor(const D* d) : len0(d->len), left(d->len) {}
};

// The size check of one step: true, or the RuntimeError.
template <class D>
[[gnu::always_inline]] inline void check_size(const D* d, TableCursor& c) {
  if (d->len != c.len0) [[unlikely]] {
    c.len0 = -1;
    raise_changed_size(is_set_table<D>);
  }
}

// One step: the index (in d->table or d->entries) of the next element, or -1 at the end.
template <class D>
[[gnu::always_inline]] inline int64_t table_next(const D* d, TableCursor& c) {
  check_size(d, c);
  int64_t i = c.pos;
  if constexpr (has_slot_table<D>) {
    int64_t n = d->mask + 1;
    while (i < n && d->table[i].state != 1) ++i;
    if (i >= n) return -1;
  } else {
    int64_t n = d->used;
    while (i < n && !d->entries[i].live) ++i;
    if (i >= n) return -1;
    if (c.left == 0) [[unlikely]]
      raise_keys_changed();
    --c.left;
  }
  c.pos = i + 1;
  return i;
}

// The slot or entry at index i of table_next.
template <class D>
[[gnu::always_inline]] inline auto& table_at(D* d, int64_t i) {
  if constexpr (has_slot_table<D>)
    return d->table[i];
  else
    return d->entries[i];
}

enum TableWhat { kTableKeys = 0, kTableValues = 1, kTableItems = 2 };

// An iterator over a dict's or set's keys, values or items: iter(d), and the JIT's loops over
// them. At the end, or after "keys changed", it forgets the dict (CPython's di_dict = NULL): later
// steps give nothing, without checks.
template <class E, int What, class D>
struct TableIter : Iterator<E> {
  D* d;
  TableCursor c;
  explicit TableIter(D* dict) : d(dict), c(dict) {}
  bool step(E& out) override {
    if (!d) return false;
    D* dict = d;
    if constexpr (!has_slot_table<D>)
      if (c.left == 0 && d->len == c.len0) d = nullptr;  // this step ends it: at the end, or "keys changed"
    int64_t i = table_next(dict, c);
    if (i < 0) {
      d = nullptr;
      return false;
    }
    auto& s = table_at(dict, i);
    if constexpr (What == kTableKeys)
      out = static_cast<E>(s.key);
    else if constexpr (What == kTableValues)
      out = static_cast<E>(s.value);
    else
      out = E(s.key, s.value);
    return true;
  }
};

template <class E, int What, class D>
inline Iterator<E>* iter_table(D* d) {
  return make<TableIter<E, What, D>>(d);
}

// iter(d) / iter(s): an iterator over the keys.
template <class D>
inline auto iter_dict_keys(D* d) {
  using T = std::remove_reference_t<decltype(table_at(d, 0).key)>;
  return iter_table<T, kTableKeys>(d);
}

}  // namespace rpy
