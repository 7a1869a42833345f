// dict and set: insertion-ordered hash tables allocated by the collector (CPython 3.6's layout),
// for Python 3 programs and for the tables of Python 2 programs that keep insertion order (keys
// hashed by identity, r_dict); Python 2's other dicts and sets are rpy/dict27.hpp.
// An entries array keeps the items in insertion order (a deleted entry is tombstoned in place);
// a separate index table of power-of-two size maps hashes to entry positions with open
// addressing. Growing the table compacts the entries. A set is a Dict whose value type is SetTag.
#pragma once
#include "rpy/fmath.hpp"
#include <tuple>
#include <type_traits>

#include "rpy/exceptions.hpp"
#include "rpy/io.hpp"
#include "rpy/list.hpp"

namespace rpy {

struct SetTag {
  bool operator==(const SetTag&) const { return true; }
};

// ---- hashing and equality of keys, per C++ key type
template <class K, class = void>
struct KeyOps {  // instances (and other pointers): identity
  static uint64_t hash(K p) {
    uint64_t x = reinterpret_cast<uintptr_t>(p);
    return (x >> 4) | (x << 60);
  }
  static bool eq(K a, K b) { return a == b; }
};
// Instances of the program's classes: their class's __hash__ and __eq__ where it defines them
// (Object::rpy_hash, rpy_eq), identity otherwise; as in Python, an identical key is equal without
// a call.
template <class K>
struct KeyOps<K*, std::enable_if_t<std::is_base_of_v<Object, std::remove_cv_t<K>>>> {
  static uint64_t hash(const K* p) {
    if (p) return p->rpy_hash();
    uint64_t x = reinterpret_cast<uintptr_t>(p);
    return (x >> 4) | (x << 60);
  }
  static bool eq(const K* a, const K* b) { return a == b || (a && b && a->rpy_eq(b)); }
};
template <>
struct KeyOps<int64_t> {
  static uint64_t hash(int64_t x) { return static_cast<uint64_t>(x == -1 ? -2 : x); }
  static bool eq(int64_t a, int64_t b) { return a == b; }
};
template <>
struct KeyOps<uint64_t> {
  static uint64_t hash(uint64_t x) { return x; }
  static bool eq(uint64_t a, uint64_t b) { return a == b; }
};
template <>
struct KeyOps<bool> {
  static uint64_t hash(bool x) { return x ? 1 : 0; }
  static bool eq(bool a, bool b) { return a == b; }
};
template <>
struct KeyOps<char> {
  static uint64_t hash(char c) { return static_cast<unsigned char>(c); }
  static bool eq(char a, char b) { return a == b; }
};
template <>
struct KeyOps<int32_t> {  // unichar
  static uint64_t hash(int32_t c) { return static_cast<uint64_t>(static_cast<int64_t>(c)); }
  static bool eq(int32_t a, int32_t b) { return a == b; }
};
template <>
struct KeyOps<double> {
  // Equal numbers hash equal: integral floats hash as the int; 0.0 and -0.0 alike.
  static uint64_t hash(double d) {
    if (d == 0) return 0;
    if (rpy::fm::isfinite(d) && d == rpy::fm::trunc(d) && d >= -9.2e18 && d <= 9.2e18)
      return KeyOps<int64_t>::hash(static_cast<int64_t>(d));
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits ^ (bits >> 29);
  }
  static bool eq(double a, double b) { return a == b; }
};
template <>
struct KeyOps<Str*> {
  static uint64_t hash(const Str* s) { return s ? static_cast<uint64_t>(str_hash(s)) : 0x5bd1e995u; }
  static bool eq(const Str* a, const Str* b) { return str_eq(a, b); }
};
template <>
struct KeyOps<std::nullptr_t> {
  static uint64_t hash(std::nullptr_t) { return 0; }
  static bool eq(std::nullptr_t, std::nullptr_t) { return true; }
};
template <class... T>
struct KeyOps<std::tuple<T...>> {
  static uint64_t hash(const std::tuple<T...>& t) {
    uint64_t acc = 0x27d4eb2f165667c5ULL;
    std::apply(
        [&](const auto&... x) {
          ((acc = (acc ^ KeyOps<std::decay_t<decltype(x)>>::hash(x)) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL), ...);
        },
        t);
    return acc;
  }
  static bool eq(const std::tuple<T...>& a, const std::tuple<T...>& b) { return eq_at(a, b, std::index_sequence_for<T...>{}); }
  template <size_t... I>
  static bool eq_at(const std::tuple<T...>& a, const std::tuple<T...>& b, std::index_sequence<I...>) {
    return (KeyOps<std::tuple_element_t<I, std::tuple<T...>>>::eq(std::get<I>(a), std::get<I>(b)) && ...);
  }
};

template <class K, class V>
struct DictEntry {
  K key;
  [[no_unique_address]] V value;
  uint64_t hash;
  bool live;
};

template <class K, class V>
struct Dict {
  int64_t len;     // live entries
  int64_t used;    // entries[0..used) in use (live or tombstoned)
  int64_t cap;     // capacity of entries
  int64_t mask;    // index table size - 1
  int64_t* index;  // -1 empty, -2 deleted, else an entry position
  DictEntry<K, V>* entries;
  int64_t finger;  // set.pop() scans for the first live entry from here
  // r_dict(key_eq, key_hash): the program's own equality and hash (null for plain dicts).
  bool (*eq_fn)(K, K);
  int64_t (*hash_fn)(K);
};
template <class K>
using Set = Dict<K, SetTag>;

// --gc=gen (docs/GC.md, "Step 3e"): a dict whose values are references to the program's
// instances (or hold them: lists, tuples) lives on rpy's own collector: its header, its index
// table and its entries array are objects of the collector; rpy/gc_gen.hpp defines the functions
// below (every operation that allocates roots the dict and the value across the allocation, every
// store of a value takes the write barrier), which --gc=boehm never instantiates. Keys may be
// instances too (step 3f): they hash by their stable address (Object::rpy_hash,
// identity_address), and an insert roots the key as well.
template <class K, class V>
inline constexpr bool gen_items<Dict<K, V>*> = gen_items<K> || gen_items<V>;
template <class K, class V>
Dict<K, V>* gen_dict_new(int64_t expected);
template <class K, class V>
int64_t gen_dict_set(Dict<K, V>* d, K key, V value);
template <class K, class V>
void gen_dict_clear(Dict<K, V>* d);
template <class K, class V>
V gen_dict_setdefault(Dict<K, V>* d, const K& key, V dflt);
template <class K, class V>
List<K>* gen_dict_keys(Dict<K, V>* d);
template <class K, class V>
List<V>* gen_dict_values(Dict<K, V>* d);
template <class K, class V>
List<std::tuple<K, V>>* gen_dict_items(Dict<K, V>* d);
template <class K, class V>
Dict<K, V>* gen_dict_copy(Dict<K, V>* d);
template <class K, class V>
void gen_dict_update(Dict<K, V>* d, Dict<K, V>* other);
// Sets are Dict<K, SetTag>, specialised with CPython's set table in rpy/set.hpp.
template <class K>
Set<K>* set_new(int64_t expected = 0);

constexpr int64_t kDictEmpty = -1;
constexpr int64_t kDictDummy = -2;

template <class K, class V>
inline void dict_alloc_tables(Dict<K, V>* d, int64_t index_size) {
  d->mask = index_size - 1;
  d->index = static_cast<int64_t*>(gc_alloc_atomic(sizeof(int64_t) * static_cast<size_t>(index_size)));
  std::memset(static_cast<void*>(d->index), 0xff, sizeof(int64_t) * static_cast<size_t>(index_size));
  d->cap = index_size * 2 / 3;
  size_t bytes = sizeof(DictEntry<K, V>) * static_cast<size_t>(d->cap);
  constexpr bool atomic = !holds_pointers<K> && (std::is_empty_v<V> || !holds_pointers<V>);
  d->entries = static_cast<DictEntry<K, V>*>(atomic ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
  std::memset(static_cast<void*>(d->entries), 0, bytes);
  d->used = 0;
  d->finger = 0;
}

template <class K, class V>
inline Dict<K, V>* dict_new(int64_t expected = 0) {
  if constexpr (std::is_same_v<V, SetTag>) {
    return set_new<K>(expected);
  } else if constexpr (gen_items<Dict<K, V>*>) {
    return gen_dict_new<K, V>(expected);
  } else {
    auto* d = static_cast<Dict<K, V>*>(gc_alloc(sizeof(Dict<K, V>)));
    int64_t size = 8;
    while (size * 2 / 3 < expected) size <<= 1;
    d->len = 0;
    d->eq_fn = nullptr;
    d->hash_fn = nullptr;
    dict_alloc_tables(d, size);
    return d;
  }
}
template <class K, class V>
inline Dict<K, V>* rdict_new(bool (*eq_fn)(K, K), int64_t (*hash_fn)(K)) {
  auto* d = dict_new<K, V>();
  d->eq_fn = eq_fn;
  d->hash_fn = hash_fn;
  return d;
}
template <class K, class V>
[[gnu::always_inline]] inline uint64_t dict_hash(const Dict<K, V>* d, const K& key) {
  return d->hash_fn ? static_cast<uint64_t>(d->hash_fn(key)) : KeyOps<K>::hash(key);
}

// Whether entry e holds key (whose hash is h). Integral keys are equal exactly when they compare
// equal (their hash is a function of the value), so plain dicts skip the hash comparison.
template <class K, class V>
[[gnu::always_inline]] inline bool dict_entry_matches(const Dict<K, V>* d, const DictEntry<K, V>& e, const K& key, uint64_t h) {
  if constexpr (std::is_integral_v<K>) {
    if (__builtin_expect(d->eq_fn == nullptr, 1)) return e.key == key;
  }
  return e.hash == h && (d->eq_fn ? d->eq_fn(e.key, key) : KeyOps<K>::eq(e.key, key));
}

// The probe sequence from the second slot on (out of line: most lookups end at the first slot).
template <class K, class V>
[[gnu::noinline]] int64_t dict_lookup_probe(const Dict<K, V>* d, const K& key, uint64_t h) {
  uint64_t perturb = h;
  uint64_t i = h & static_cast<uint64_t>(d->mask);
  for (;;) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & static_cast<uint64_t>(d->mask);
    int64_t ix = d->index[i];
    if (ix == kDictEmpty) return -1;
    if (ix >= 0 && dict_entry_matches(d, d->entries[ix], key, h)) return ix;
  }
}

// Position in entries of key, or -1. The first probe is inline.
template <class K, class V>
[[gnu::always_inline]] inline int64_t dict_lookup(const Dict<K, V>* d, const std::type_identity_t<K>& key, uint64_t h) {
  int64_t ix = d->index[h & static_cast<uint64_t>(d->mask)];
  if (__builtin_expect(ix >= 0, 1) && dict_entry_matches(d, d->entries[ix], key, h)) return ix;
  if (ix == kDictEmpty) return -1;
  return dict_lookup_probe(d, key, h);
}

// Index-table slot holding entry position `pos` (which must be present).
template <class K, class V>
uint64_t dict_slot_of(const Dict<K, V>* d, uint64_t h, int64_t pos) {
  uint64_t perturb = h;
  uint64_t i = h & static_cast<uint64_t>(d->mask);
  while (d->index[i] != pos) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & static_cast<uint64_t>(d->mask);
  }
  return i;
}

template <class K, class V>
void dict_insert_index(Dict<K, V>* d, uint64_t h, int64_t pos) {
  uint64_t perturb = h;
  uint64_t i = h & static_cast<uint64_t>(d->mask);
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & static_cast<uint64_t>(d->mask);
  }
  d->index[i] = pos;
}

// Rebuilds the tables for at least `need` live entries, dropping tombstones (keeps the order).
// The old entries array is left untouched, so a loop iterating over it stays valid.
template <class K, class V>
void dict_resize(Dict<K, V>* d, int64_t need) {
  int64_t size = 8;
  while (size * 2 / 3 < need * 3 / 2 + 1) size <<= 1;
  DictEntry<K, V>* old = d->entries;
  int64_t n = d->used;
  dict_alloc_tables(d, size);
  int64_t j = 0;
  for (int64_t i = 0; i < n; ++i)
    if (old[i].live) {
      d->entries[j] = old[i];
      dict_insert_index(d, old[i].hash, j);
      ++j;
    }
  d->used = j;
  d->finger = 0;
}

[[noreturn, gnu::cold]] void raise_key_error(Str* key_repr);
template <class K>
[[noreturn, gnu::cold, gnu::noinline]] void raise_key_error_for(K key) {  // by value: callers keep the key in a register
  raise_key_error(repr(key));
}

// Whether a lookup in d runs none of the program's code (d is not an r_dict with its own eq and
// hash functions): generated code then updates `d[k] = d.get(k, c) + x` in one lookup.
template <class D>
inline bool dict_plain_lookup(const D* d) {
  if constexpr (requires { d->eq_fn; })
    return d->eq_fn == nullptr;
  else
    return true;
}

template <class K, class V>
inline int64_t len(const Dict<K, V>* d) {
  return d->len;
}

template <class K, class V>
inline V& dict_value_at(Dict<K, V>* d, int64_t ix) {
  return d->entries[ix].value;
}
template <class K, class V>
inline V* dict_find(const Dict<K, V>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  return ix < 0 ? nullptr : &d->entries[ix].value;
}
template <class K, class V>
inline bool dict_contains(const Dict<K, V>* d, const std::type_identity_t<K>& key) {
  return dict_lookup(d, key, dict_hash(d, key)) >= 0;
}
template <class K, class V>
[[gnu::always_inline]] inline V dict_get(const Dict<K, V>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (__builtin_expect(ix < 0, 0)) raise_key_error_for(key);
  return d->entries[ix].value;
}
template <class K, class V>
inline V dict_get_default(const Dict<K, V>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  return ix < 0 ? dflt : d->entries[ix].value;
}
// Inserts or overwrites; returns the entry position.
template <class K, class V>
int64_t dict_set(Dict<K, V>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> value) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_set<K, V>(d, key, value);
  uint64_t h = dict_hash(d, key);
  int64_t ix = dict_lookup(d, key, h);
  if (ix >= 0) {
    d->entries[ix].value = value;
    return ix;
  }
  if (d->used == d->cap) dict_resize(d, d->len + 1);
  ix = d->used++;
  DictEntry<K, V>& e = d->entries[ix];
  e.key = key;
  e.value = value;
  e.hash = h;
  e.live = true;
  dict_insert_index(d, h, ix);
  ++d->len;
  return ix;
}
template <class K, class V>
void dict_remove_at(Dict<K, V>* d, int64_t ix) {
  DictEntry<K, V>& e = d->entries[ix];
  d->index[dict_slot_of(d, e.hash, ix)] = kDictDummy;
  e.live = false;
  e.key = K{};
  if constexpr (!std::is_empty_v<V>) e.value = V{};
  --d->len;
}
template <class K, class V>
void dict_del(Dict<K, V>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix < 0) raise_key_error_for(key);
  dict_remove_at(d, ix);
}
template <class K, class V>
bool dict_discard(Dict<K, V>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix < 0) return false;
  dict_remove_at(d, ix);
  return true;
}
template <class K, class V>
V dict_setdefault(Dict<K, V>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_setdefault<K, V>(d, key, dflt);
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix >= 0) return d->entries[ix].value;
  dict_set(d, key, dflt);
  return dflt;
}
template <class K, class V>
V dict_pop(Dict<K, V>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix < 0) raise_key_error_for(key);
  V v = d->entries[ix].value;
  dict_remove_at(d, ix);
  return v;
}
template <class K, class V>
V dict_pop_default(Dict<K, V>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix < 0) return dflt;
  V v = d->entries[ix].value;
  dict_remove_at(d, ix);
  return v;
}
// Position of the last live entry, or -1.
template <class K, class V>
int64_t dict_last(Dict<K, V>* d) {
  while (d->used > 0 && !d->entries[d->used - 1].live) --d->used;
  return d->used - 1;
}
template <class K, class V>
std::tuple<K, V> dict_popitem(Dict<K, V>* d) {
  int64_t ix = dict_last(d);
  if (ix < 0) raise_exc<KeyError>("'popitem(): dictionary is empty'");
  std::tuple<K, V> r(d->entries[ix].key, d->entries[ix].value);
  dict_remove_at(d, ix);
  d->used = ix;
  return r;
}
template <class K, class V>
void dict_clear(Dict<K, V>* d) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_clear<K, V>(d);
  d->len = 0;
  dict_alloc_tables(d, 8);
}
template <class K, class V>
Dict<K, V>* dict_copy(const Dict<K, V>* d) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_copy<K, V>(const_cast<Dict<K, V>*>(d));
  auto* r = dict_new<K, V>(d->len);
  r->eq_fn = d->eq_fn;
  r->hash_fn = d->hash_fn;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) dict_set(r, d->entries[i].key, d->entries[i].value);
  return r;
}
template <class K, class V>
void dict_update(Dict<K, V>* d, const Dict<K, V>* other) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_update<K, V>(d, const_cast<Dict<K, V>*>(other));
  DictEntry<K, V>* ents = other->entries;
  int64_t n = other->used;
  for (int64_t i = 0; i < n; ++i)
    if (ents[i].live) dict_set(d, ents[i].key, ents[i].value);
}
template <class K, class V>
List<K>* dict_keys(const Dict<K, V>* d) {
  if constexpr (gen_items<K>) return gen_dict_keys<K, V>(const_cast<Dict<K, V>*>(d));
  auto* l = list_new<K>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = d->entries[i].key;
  return l;
}
template <class K, class V>
List<V>* dict_values(const Dict<K, V>* d) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_values<K, V>(const_cast<Dict<K, V>*>(d));
  auto* l = list_new<V>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = d->entries[i].value;
  return l;
}
template <class K, class V>
List<std::tuple<K, V>>* dict_items(const Dict<K, V>* d) {
  if constexpr (gen_items<Dict<K, V>*>) return gen_dict_items<K, V>(const_cast<Dict<K, V>*>(d));
  auto* l = list_new<std::tuple<K, V>>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = std::tuple<K, V>(d->entries[i].key, d->entries[i].value);
  return l;
}
// dict(list of pairs)
template <class K, class V, class P>
Dict<K, V>* dict_from_pairs(const List<P>* l) {
  auto* d = dict_new<K, V>(l->len);
  for (int64_t i = 0; i < l->len; ++i) dict_set(d, static_cast<K>(std::get<0>(l->items[i])), static_cast<V>(std::get<1>(l->items[i])));
  return d;
}
template <class K, class V>
bool dict_eq(const Dict<K, V>* a, const Dict<K, V>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  for (int64_t i = 0; i < a->used; ++i) {
    if (!a->entries[i].live) continue;
    const V* v = dict_find(b, a->entries[i].key);
    if (!v) return false;
    if constexpr (!std::is_empty_v<V>) {
      if (!eq(*v, a->entries[i].value)) return false;
    }
  }
  return true;
}

// ---- equality with other containers (list `in`, ==)
template <class K, class V>
inline bool eq(const Dict<K, V>* a, const Dict<K, V>* b) {
  return dict_eq(a, b);
}
template <class K, class V>
inline bool eq(Dict<K, V>* a, Dict<K, V>* b) {
  return dict_eq(a, b);
}

// ---- str() and repr(): {'a': 1, 2: 'b'}
template <class K, class V>
void append_repr(Buffer& b, const Dict<K, V>* d) {
  if (!d) {
    b.put("None", 4);
    return;
  }
  b.put('{');
  bool first = true;
  for (int64_t i = 0; i < d->used; ++i) {
    const DictEntry<K, V>& e = d->entries[i];
    if (!e.live) continue;
    if (!first) b.put(", ", 2);
    first = false;
    append_repr(b, e.key);
    b.put(": ", 2);
    append_repr(b, e.value);
  }
  b.put('}');
}
template <class K, class V>
void append_str(Buffer& b, const Dict<K, V>* d) {
  append_repr(b, d);
}

}  // namespace rpy

#include "rpy/set.hpp"
#include "rpy/dict27.hpp"
