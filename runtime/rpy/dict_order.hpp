// Dicts inside tuples and lists that are compared or sorted (`sorted(d.items())` with dict
// values, `(1, d) < (1, e)`): same(a, b) is a == b, by value. Python 3 does not order dicts
// (TypeError). Python 2.7 does (dictobject.c's dict_compare): the shorter dict first; between
// dicts of one length, in each the smallest key whose value differs from the other's (or that
// the other lacks) is found, and those keys decide, then their values.
#pragma once
#include "rpy/builtins.hpp"
#include "rpy/dict.hpp"
#include "rpy/dict27.hpp"
#include "rpy/exceptions.hpp"

namespace rpy {

// Python 2.7's characterize(): the smallest key of `a` whose value in `b` differs or is missing.
// each(fn) calls fn(key, value) for the live entries of a; find(key) is b's value or null.
template <class K, class V, class Each, class Find>
bool dict27_characterize(Each each, Find find, K& key, V& value) {
  bool found = false;
  each([&](const K& k, const V& v) {
    if (found && lt(key, k)) return;
    const V* other = find(k);
    if (!other || !same(v, *other)) {
      key = k;
      value = v;
      found = true;
    }
  });
  return found;
}

template <class K, class V, class EachA, class FindB, class EachB, class FindA>
bool dict27_lt(int64_t alen, int64_t blen, EachA each_a, FindB find_b, EachB each_b, FindA find_a) {
  if (!python2) raise_exc<TypeError>("'<' not supported between instances of 'dict' and 'dict'");
  if (alen != blen) return alen < blen;
  K akey{}, bkey{};
  V aval{}, bval{};
  if (!dict27_characterize(each_a, find_b, akey, aval)) return false;  // equal dicts
  if (!dict27_characterize(each_b, find_a, bkey, bval)) return false;
  if (!same(akey, bkey)) return lt(akey, bkey);
  return !same(aval, bval) && lt(aval, bval);
}

template <class K, class V>
requires(!std::is_same_v<V, SetTag>) bool same(Dict<K, V>* a, Dict<K, V>* b) { return dict_eq(a, b); }
template <class K, class V>
requires(!std::is_same_v<V, SetTag>) bool lt(Dict<K, V>* a, Dict<K, V>* b) {
  auto each = [](const Dict<K, V>* d) {
    return [d](auto fn) {
      for (int64_t i = 0; i < d->used; ++i)
        if (d->entries[i].live) fn(d->entries[i].key, d->entries[i].value);
    };
  };
  auto find = [](const Dict<K, V>* d) { return [d](const K& k) -> const V* { return dict_find(d, k); }; };
  return dict27_lt<K, V>(a->len, b->len, each(a), find(b), each(b), find(a));
}

template <class K, class V, class H>
requires(!std::is_same_v<V, SetTag>) bool same(Dict27<K, V, H>* a, Dict27<K, V, H>* b) { return dict_eq(a, b); }
template <class K, class V, class H>
requires(!std::is_same_v<V, SetTag>) bool lt(Dict27<K, V, H>* a, Dict27<K, V, H>* b) {
  auto each = [](const Dict27<K, V, H>* d) {
    return [d](auto fn) {
      for (int64_t i = 0; i <= d->mask; ++i)
        if (d->table[i].state == 1) fn(d->table[i].key, d->table[i].value);
    };
  };
  auto find = [](const Dict27<K, V, H>* d) {
    return [d](const K& k) -> const V* {
      int64_t ix = dict27_find(d, k, H::hash(k));
      return ix < 0 ? nullptr : &d->table[ix].value;
    };
  };
  return dict27_lt<K, V>(a->len, b->len, each(a), find(b), each(b), find(a));
}

}  // namespace rpy
