// collections.deque for translated code. A Deque<T> is a List<T> (its length, items, indexing,
// iteration and `in` are the list's, through the base class) that keeps room before its first
// item: popleft() moves the items pointer forward and appendleft() back, both O(1) amortised,
// and the items stay contiguous, so reading a deque costs what reading a list costs.
//
// The room before the items is known from `block`, the start of the allocation appendleft()
// made: while `items` still points into that block (the deque keeps it alive, so no other
// allocation can be there), items - block is free. When the list code grows the deque (append),
// `items` moves to a new block and the room is forgotten, which is always safe.
#pragma once
#include <utility>

#include "rpy/io.hpp"
#include "rpy/list.hpp"

namespace rpy {

template <class T>
struct Deque : List<T> {
  T* block;         // the allocation appendleft() made room in, or null
  int64_t block_n;  // its size in items
  int64_t maxlen;   // -1: unbounded
};

template <class T>
inline Deque<T>* deque_new(int64_t maxlen) {
  auto* d = static_cast<Deque<T>*>(gc_alloc(sizeof(Deque<T>)));  // zeroed by the collector
  d->len = 0;
  d->cap = 4;
  d->items = alloc_items<T>(4);
  if (!holds_pointers<T>) std::memset(static_cast<void*>(d->items), 0, sizeof(T) * 4);
  d->block = nullptr;
  d->block_n = 0;
  d->maxlen = maxlen;
  return d;
}

// maxlen= given as an int: it must not be negative.
inline int64_t deque_maxlen(int64_t n) {
  if (n < 0) raise_value_error("maxlen must be non-negative");
  return n;
}

template <class T>
inline int64_t deque_room(const Deque<T>* d) {
  if (!d->block || d->items < d->block || d->items >= d->block + d->block_n) return 0;
  return d->items - d->block;
}

template <class T>
[[gnu::always_inline]] inline T deque_popleft(Deque<T>* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  T x = d->items[0];
  d->items[0] = T{};  // let the collector free what the deque no longer holds
  ++d->items;
  --d->len;
  --d->cap;
  return x;
}

template <class T>
[[gnu::always_inline]] inline T deque_pop(Deque<T>* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  T x = d->items[--d->len];
  d->items[d->len] = T{};
  return x;
}

template <class T>
[[gnu::always_inline]] inline void deque_append(Deque<T>* d, std::type_identity_t<T> x) {
  if (d->maxlen >= 0 && d->len >= d->maxlen) {
    if (d->maxlen == 0) return;
    deque_popleft(d);
  }
  list_append(static_cast<List<T>*>(d), x);
}

// Out of line: a new block with room before the items (as much as there are items, at least 8).
template <class T>
[[gnu::noinline]] void deque_make_room(Deque<T>* d) {
  int64_t room = d->len < 8 ? 8 : d->len;
  int64_t tail = d->len / 2 + 4;
  int64_t n = room + d->len + tail;
  T* b = alloc_items<T>(n);
  if (!holds_pointers<T>) std::memset(static_cast<void*>(b), 0, sizeof(T) * static_cast<size_t>(n));
  std::memcpy(static_cast<void*>(b + room), d->items, sizeof(T) * static_cast<size_t>(d->len));
  d->items = b + room;
  d->cap = d->len + tail;
  d->block = b;
  d->block_n = n;
}

template <class T>
inline void deque_appendleft(Deque<T>* d, std::type_identity_t<T> x) {
  if (d->maxlen >= 0 && d->len >= d->maxlen) {
    if (d->maxlen == 0) return;
    deque_pop(d);
  }
  if (deque_room(d) == 0) deque_make_room(d);
  --d->items;
  ++d->cap;
  ++d->len;
  d->items[0] = x;
}

template <class T>
inline void deque_extend(Deque<T>* d, const List<T>* src) {
  int64_t n = src->len;  // d.extend(d) adds the items it had
  for (int64_t i = 0; i < n; ++i) deque_append(d, src->items[i]);
}

template <class T>
inline void deque_extendleft(Deque<T>* d, const List<T>* src) {
  int64_t n = src->len;
  for (int64_t i = 0; i < n; ++i) deque_appendleft(d, src->items[i]);
}

template <class T>
inline Deque<T>* deque_from(const List<T>* src, int64_t maxlen) {
  auto* d = deque_new<T>(maxlen);
  if (src) deque_extend(d, src);
  return d;
}

// rotate(n): n steps to the right (the last item becomes the first); negative n to the left.
template <class T>
inline void deque_rotate(Deque<T>* d, int64_t n) {
  if (d->len <= 1) return;
  int64_t k = n % d->len;
  if (k < 0) k += d->len;
  if (k == 0) return;
  // Three reversals: the last k items, the rest, then the whole.
  auto flip = [&](int64_t lo, int64_t hi) {
    for (--hi; lo < hi; ++lo, --hi) std::swap(d->items[lo], d->items[hi]);
  };
  flip(0, d->len - k);
  flip(d->len - k, d->len);
  flip(0, d->len);
}

template <class T>
inline void deque_clear(Deque<T>* d) {
  for (int64_t i = 0; i < d->len; ++i) d->items[i] = T{};
  d->len = 0;
}

template <class T>
inline Deque<T>* deque_copy(const Deque<T>* d) {
  return deque_from(static_cast<const List<T>*>(d), d->maxlen);
}

template <class T>
[[gnu::always_inline]] inline int64_t deque_index_check(const Deque<T>* d, int64_t i) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(d->len)) {
    if (i < 0 && i + d->len >= 0) return i + d->len;
    raise_index_error("deque index out of range");
  }
  return i;
}

// d[i] and d[i] = x: the list's, with the deque's message.
template <class T>
[[gnu::always_inline]] inline T list_get(const Deque<T>* d, int64_t i) {
  return d->items[deque_index_check(d, i)];
}
template <class T>
[[gnu::always_inline]] inline void list_set(Deque<T>* d, int64_t i, std::type_identity_t<T> x) {
  d->items[deque_index_check(d, i)] = x;
}

// "5 is not in deque" (Python 3.5+); Python 2.7's deque.remove says "deque.remove(x): x not in deque".
template <class U>
[[noreturn, gnu::cold]] void deque_not_found(const U& x, bool py2) {
  if (py2) raise_value_error("deque.remove(x): x not in deque");
  Buffer b;
  append_repr(b, x);
  b.put(" is not in deque", 16);
  raise_value_error(b.to_str()->data);
}

template <class T, class U>
int64_t deque_index(const Deque<T>* d, const U& x) {
  for (int64_t i = 0; i < d->len; ++i)
    if (item_eq(d->items[i], x)) return i;
  deque_not_found(x, false);
}

template <bool Py2, class T, class U>
void deque_remove(Deque<T>* d, const U& x) {
  for (int64_t i = 0; i < d->len; ++i)
    if (item_eq(d->items[i], x)) {
      for (int64_t j = i; j + 1 < d->len; ++j) d->items[j] = d->items[j + 1];
      d->items[--d->len] = T{};
      return;
    }
  deque_not_found(x, Py2);
}

template <class T>
void append_repr(Buffer& b, const Deque<T>* d) {
  if (!d) {
    b.put("None", 4);
    return;
  }
  b.put("deque(", 6);
  append_repr(b, static_cast<const List<T>*>(d));
  if (d->maxlen >= 0) {
    b.put(", maxlen=", 9);
    append_repr(b, d->maxlen);
  }
  b.put(')');
}
template <class T>
void append_str(Buffer& b, const Deque<T>* d) {
  append_repr(b, d);
}

}  // namespace rpy
