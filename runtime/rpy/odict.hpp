// collections.OrderedDict for translated code: an ODict<D> is the insertion-ordered dict D
// (rpy::Dict, in Python 2 programs too), so every dict operation takes it through the base
// class. What it adds: move_to_end(key, last), popitem(last), equality with another OrderedDict
// that compares the order too, and its repr, OrderedDict([(k, v), ...]) or OrderedDict().
#pragma once
#include "rpy/dict.hpp"
#include "rpy/io.hpp"

namespace rpy {

template <class D>
struct ODict : D {};

// `base` is a new dict: its tables become the OrderedDict's.
template <class D>
inline ODict<D>* odict_new(D* base) {
  auto* d = static_cast<ODict<D>*>(gc_alloc(sizeof(ODict<D>)));
  *static_cast<D*>(d) = *base;
  return d;
}

template <class D>
inline ODict<D>* odict_copy(const ODict<D>* d) {
  return odict_new(dict_copy(static_cast<const D*>(d)));
}

// move_to_end(key, last): the entry moves to the end (last) or to the front; KeyError when the
// key is missing. To the front, the table is rebuilt with the key first.
template <class K, class V>
void odict_move_to_end(ODict<Dict<K, V>>* d, const std::type_identity_t<K>& key, bool last = true) {
  Dict<K, V>* t = d;
  V v = dict_pop(t, key);
  if (last) {
    dict_set(t, key, v);
    return;
  }
  Dict<K, V>* rest = dict_copy(t);
  dict_clear(t);
  dict_set(t, key, v);
  dict_update(t, rest);
}

// popitem(last): the last (or first) item, removed; KeyError when empty.
template <class K, class V>
std::tuple<K, V> odict_popitem(ODict<Dict<K, V>>* d, bool last = true) {
  Dict<K, V>* t = d;
  if (t->len == 0) raise_exc<KeyError>("'dictionary is empty'");
  if (last) return dict_popitem(t);
  int64_t ix = 0;
  while (!t->entries[ix].live) ++ix;
  std::tuple<K, V> r(t->entries[ix].key, t->entries[ix].value);
  dict_remove_at(t, ix);
  return r;
}

// Two OrderedDicts are equal when their items are equal in the same order.
template <class K, class V>
bool dict_eq(const ODict<Dict<K, V>>* a, const ODict<Dict<K, V>>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  int64_t j = 0;
  for (int64_t i = 0; i < a->used; ++i) {
    if (!a->entries[i].live) continue;
    while (!b->entries[j].live) ++j;
    if (!eq(a->entries[i].key, b->entries[j].key)) return false;
    if constexpr (!std::is_empty_v<V>) {
      if (!eq(a->entries[i].value, b->entries[j].value)) return false;
    }
    ++j;
  }
  return true;
}
template <class D>
inline bool eq(const ODict<D>* a, const ODict<D>* b) {
  return dict_eq(a, b);
}
template <class D>
inline bool eq(ODict<D>* a, ODict<D>* b) {
  return dict_eq(static_cast<const ODict<D>*>(a), static_cast<const ODict<D>*>(b));
}

template <class K, class V>
void append_repr(Buffer& b, const ODict<Dict<K, V>>* d) {
  if (!d) {
    b.put("None", 4);
    return;
  }
  if (d->len == 0) {
    b.put("OrderedDict()", 13);
    return;
  }
  b.put("OrderedDict([", 13);
  bool first = true;
  for (int64_t i = 0; i < d->used; ++i) {
    if (!d->entries[i].live) continue;
    if (!first) b.put(", ", 2);
    first = false;
    b.put('(');
    append_repr(b, d->entries[i].key);
    b.put(", ", 2);
    append_repr(b, d->entries[i].value);
    b.put(')');
  }
  b.put("])", 2);
}
template <class D>
void append_str(Buffer& b, const ODict<D>* d) {
  append_repr(b, d);
}

}  // namespace rpy
