// The dicts and sets of Python 2 programs: CPython 2.7's own hash table (the algorithm of its
// dictobject.c, which its setobject.c shares), laid out by 2.7's hashes (rpy/hash27.hpp), so
// that a dict or set iterates, prints, pops and copies in the order python2.7 gives
// (docs/ARCHITECTURE.md, "Dict and set order"). One table of slots, open addressing: the first
// probe at hash & mask, then i = 5*i + perturb + 1 with perturb starting at the full hash and
// shifted right by 5 after each probe; a deleted key leaves a dummy; a table whose used-or-dummy
// slots reach 2/3 grows to the smallest power of two above 4 * len (2 * len above 50000),
// re-inserting the live keys in slot order; merges (copy, update, set(s), |) size once and insert
// without growing. Codegen picks this type for a Python 2 dict or set whose keys 2.7 hashes by
// value (emit_dict.cpp); other tables keep insertion order (rpy/dict.hpp).
//
// A set is Dict27<K, SetTag, H>; codegen calls the same function names as for rpy/dict.hpp.
#pragma once
#include <cstring>
#include <utility>

#include "rpy/hash27.hpp"

namespace rpy {

// A slot of the table. Non-integral keys keep their hash (2.7's me_hash): compared before the
// keys, and reused when the table grows. An integral key is its own hash (almost), so its slot
// does not store one and stays as small as CPython's entry.
template <class K, class V, bool = std::is_integral_v<K>>
struct Slot27 {
  K key;
  [[no_unique_address]] V value;
  int64_t hash;
  uint8_t state;  // 0 never used, 1 active, 2 dummy (a deleted key)
};
template <class K, class V>
struct Slot27<K, V, true> {
  K key;
  [[no_unique_address]] V value;
  uint8_t state;
};
template <class K, class V, bool B>
[[gnu::always_inline]] inline uint64_t slot27_hash(const Slot27<K, V, B>& e) {
  if constexpr (B)
    return Hash27<K>::hash(e.key);
  else
    return static_cast<uint64_t>(e.hash);
}
template <class K, class V, bool B>
[[gnu::always_inline]] inline void slot27_set_hash(Slot27<K, V, B>& e, uint64_t h) {
  if constexpr (!B) e.hash = static_cast<int64_t>(h);
}

template <class K, class V, class H = Hash27<K>>
struct Dict27 {
  int64_t len;    // active slots
  int64_t fill;   // active and dummy slots
  int64_t mask;   // table size - 1
  int64_t hash0;  // slot 0's me_hash in 2.7: the last hash stored there, or popitem()'s search finger
  Slot27<K, V>* table;
  bool frozen;  // a set that is a frozenset (rpy/set.hpp); false for dicts
};

constexpr int64_t kDict27MinSize = 8;

// --gc=gen (docs/GC.md, "Step 3g"): a Python 2 dict whose values are references to the program's
// instances (or hold them) lives on rpy's own collector: its header and its table (an array of
// Slot27 whose descriptor lists each slot's value references) are objects of the collector, and
// `table` points past the array's length word. rpy/gc_gen.hpp defines these (every operation that
// allocates roots the dict, the table it copies from and the value being inserted; every store of
// a value takes the write barrier on the table); --gc=boehm never instantiates them.
template <class K, class V, class H>
inline constexpr bool gen_items<Dict27<K, V, H>*> = gen_items<K> || gen_items<V>;
template <class K, class V, class H>
Dict27<K, V, H>* gen_dict27_new(int64_t presize);
template <class K, class V, class H>
void gen_dict27_resize(Dict27<K, V, H>*& d, int64_t minused, V* keep);
template <class K, class V, class H>
void gen_dict27_slot_barrier(Dict27<K, V, H>* d, int64_t ix);
template <class K, class V, class H>
void gen_dict27_clear(Dict27<K, V, H>* d);
template <class K, class V, class H>
void gen_dict27_merge(Dict27<K, V, H>* d, Dict27<K, V, H>* other);
template <class K, class V, class H>
Dict27<K, V, H>* gen_dict27_copy(Dict27<K, V, H>* d);
template <class K, class V, class H>
List<V>* gen_dict27_values(Dict27<K, V, H>* d);
template <class K, class V, class H>
List<std::tuple<K, V>>* gen_dict27_items(Dict27<K, V, H>* d);

template <class K, class V>
inline Slot27<K, V>* dict27_slots(int64_t n) {
  size_t bytes = sizeof(Slot27<K, V>) * static_cast<size_t>(n);
  constexpr bool atomic = !holds_pointers<K> && (std::is_empty_v<V> || !holds_pointers<V>);
  auto* t = static_cast<Slot27<K, V>*>(atomic ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
  std::memset(static_cast<void*>(t), 0, bytes);
  return t;
}

template <class K, class V, class H>
void dict27_resize(Dict27<K, V, H>* d, int64_t minused);

// A new empty table. A dict display of more than 5 items is presized for them (2.7's
// _PyDict_NewPresized), the other constructors pass 0.
template <class K, class V, class H = Hash27<K>>
Dict27<K, V, H>* dict27_new(int64_t presize = 0) {
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_new<K, V, H>(presize);
  auto* d = static_cast<Dict27<K, V, H>*>(gc_alloc(sizeof(Dict27<K, V, H>)));
  d->len = d->fill = d->hash0 = 0;
  d->frozen = false;
  d->mask = kDict27MinSize - 1;
  d->table = dict27_slots<K, V>(kDict27MinSize);
  if (presize > 5) dict27_resize(d, presize);
  return d;
}

// Whether slot e holds key (whose hash is h): integral keys are equal exactly when their values are.
template <class K, class V, class H>
[[gnu::always_inline]] inline bool dict27_matches(const Slot27<K, V>& e, const K& key, uint64_t h) {
  if constexpr (std::is_integral_v<K>)
    return e.key == key;
  else
    return slot27_hash(e) == h && H::eq(e.key, key);
}

// lookdict: the slot holding key, else where it would be inserted (the first dummy on its probe
// sequence, else the unused slot that ended it).
template <class K, class V, class H>
[[gnu::noinline]] int64_t dict27_find_slot(const Dict27<K, V, H>* d, const K& key, uint64_t h) {
  uint64_t mask = static_cast<uint64_t>(d->mask), i = h & mask;
  const Slot27<K, V>* t = d->table;
  int64_t freeslot = -1;
  if (t[i].state == 0) return static_cast<int64_t>(i);
  if (t[i].state == 2)
    freeslot = static_cast<int64_t>(i);
  else if (dict27_matches<K, V, H>(t[i], key, h))
    return static_cast<int64_t>(i);
  for (uint64_t perturb = h;; perturb >>= 5) {
    i = i * 5 + perturb + 1;
    const Slot27<K, V>& e = t[i & mask];
    if (e.state == 0) return freeslot >= 0 ? freeslot : static_cast<int64_t>(i & mask);
    if (e.state == 1) {
      if (dict27_matches<K, V, H>(e, key, h)) return static_cast<int64_t>(i & mask);
    } else if (freeslot < 0) {
      freeslot = static_cast<int64_t>(i & mask);
    }
  }
}

template <class K, class V, class H>
[[gnu::noinline]] int64_t dict27_find_probe(const Dict27<K, V, H>* d, const K& key, uint64_t h) {
  uint64_t mask = static_cast<uint64_t>(d->mask), i = h & mask;
  for (uint64_t perturb = h;; perturb >>= 5) {
    i = i * 5 + perturb + 1;
    const Slot27<K, V>& e = d->table[i & mask];
    if (e.state == 0) return -1;
    if (e.state == 1 && dict27_matches<K, V, H>(e, key, h)) return static_cast<int64_t>(i & mask);
  }
}

// The active slot holding key, or -1. The first probe is inline.
template <class K, class V, class H>
[[gnu::always_inline]] inline int64_t dict27_find(const Dict27<K, V, H>* d, const K& key, uint64_t h) {
  uint64_t i = h & static_cast<uint64_t>(d->mask);
  const Slot27<K, V>& e = d->table[i];
  if (__builtin_expect(e.state == 1, 1) && dict27_matches<K, V, H>(e, key, h)) return static_cast<int64_t>(i);
  if (e.state == 0) return -1;
  return dict27_find_probe(d, key, h);
}

// insertdict_clean: into a table without dummies, for a key known to be absent.
template <class K, class V, class H>
void dict27_insert_clean(Dict27<K, V, H>* d, const Slot27<K, V>& from) {
  uint64_t h = slot27_hash(from), mask = static_cast<uint64_t>(d->mask);
  uint64_t i = h & mask;
  for (uint64_t perturb = h; d->table[i & mask].state != 0; perturb >>= 5) i = i * 5 + perturb + 1;
  Slot27<K, V>& e = d->table[i & mask];
  e = from;
  e.state = 1;
  if ((i & mask) == 0) d->hash0 = static_cast<int64_t>(h);
}

// dictresize: a new table of the smallest power of two above minused (at least 8), the active
// slots re-inserted in slot order. The old table is left as it was (a loop over it stays valid).
template <class K, class V, class H>
void dict27_resize(Dict27<K, V, H>* d, int64_t minused) {
  int64_t size = kDict27MinSize;
  while (size <= minused) size <<= 1;
  if (size == kDict27MinSize && d->mask == kDict27MinSize - 1 && d->fill == d->len) return;  // nothing to purge
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_resize(d, minused, static_cast<V*>(nullptr));
  Slot27<K, V>* old = d->table;
  int64_t n = d->mask + 1;
  d->table = dict27_slots<K, V>(size);
  d->mask = size - 1;
  d->hash0 = 0;
  d->fill = d->len;
  for (int64_t i = 0; i < n; ++i)
    if (old[i].state == 1) dict27_insert_clean(d, old[i]);
}

// Puts key (hash h) in slot ix found by dict27_find_slot; returns whether it was added.
template <class K, class V, class H>
[[gnu::always_inline]] inline bool dict27_put(Dict27<K, V, H>* d, int64_t ix, const K& key, uint64_t h, const V& value) {
  if constexpr (gen_items<Dict27<K, V, H>*>) gen_dict27_slot_barrier(d, ix);
  Slot27<K, V>& e = d->table[ix];
  if (e.state == 1) {
    if constexpr (!std::is_empty_v<V>) e.value = value;
    return false;
  }
  if (e.state == 0) ++d->fill;
  e.key = key;
  if constexpr (!std::is_empty_v<V>) e.value = value;
  slot27_set_hash(e, h);
  if (ix == 0) d->hash0 = static_cast<int64_t>(h);
  e.state = 1;
  ++d->len;
  return true;
}

// PyDict_SetItem / set_add_key: insert, then grow when the table is 2/3 full and a key was added.
template <class K, class V, class H>
inline void dict27_insert(Dict27<K, V, H>* d, const K& key, uint64_t h, const V& value) {
  if (dict27_put(d, dict27_find_slot(d, key, h), key, h, value) && d->fill * 3 >= (d->mask + 1) * 2)
    dict27_resize(d, d->len > 50000 ? d->len * 2 : d->len * 4);
}

template <class K, class V, class H>
void dict27_remove_slot(Dict27<K, V, H>* d, int64_t ix) {
  Slot27<K, V>& e = d->table[ix];
  e.state = 2;  // the hash stays
  e.key = K{};
  if constexpr (!std::is_empty_v<V>) e.value = V{};
  --d->len;
}

// PyDict_Merge / set_merge of another table: one resize first, then plain inserts in its slot order.
template <class K, class V, class H>
void dict27_merge(Dict27<K, V, H>* d, const Dict27<K, V, H>* other) {
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_merge(d, const_cast<Dict27<K, V, H>*>(other));
  if (other == d || other->len == 0) return;
  if ((d->fill + other->len) * 3 >= (d->mask + 1) * 2) dict27_resize(d, (d->len + other->len) * 2);
  const Slot27<K, V>* t = other->table;
  int64_t n = other->mask + 1;
  for (int64_t i = 0; i < n; ++i)
    if (t[i].state == 1) dict27_put(d, dict27_find_slot(d, t[i].key, slot27_hash(t[i])), t[i].key, slot27_hash(t[i]), t[i].value);
}

// ---- the functions codegen calls (the names of rpy/dict.hpp)
template <class K, class V, class H>
inline int64_t len(const Dict27<K, V, H>* d) {
  return d->len;
}
template <class K, class V, class H>
[[gnu::always_inline]] inline uint64_t dict_hash(const Dict27<K, V, H>*, const K& key) {
  return H::hash(key);
}
template <class K, class V, class H>
[[gnu::always_inline]] inline int64_t dict_lookup(const Dict27<K, V, H>* d, const std::type_identity_t<K>& key, uint64_t h) {
  return dict27_find(d, key, h);
}
template <class K, class V, class H>
inline V& dict_value_at(Dict27<K, V, H>* d, int64_t ix) {
  return d->table[ix].value;
}
template <class K, class V, class H>
inline void dict_remove_at(Dict27<K, V, H>* d, int64_t ix) {
  dict27_remove_slot(d, ix);
}
template <class K, class V, class H>
inline V* dict_find(const Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  return ix < 0 ? nullptr : &d->table[ix].value;
}
template <class K, class V, class H>
inline bool dict_contains(const Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  return dict27_find(d, key, H::hash(key)) >= 0;
}
template <class K, class V, class H>
[[gnu::always_inline]] inline V dict_get(const Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  if (__builtin_expect(ix < 0, 0)) raise_key_error_for(key);
  return d->table[ix].value;
}
template <class K, class V, class H>
inline V dict_get_default(const Dict27<K, V, H>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  return ix < 0 ? dflt : d->table[ix].value;
}
template <class K, class V, class H>
[[gnu::always_inline]] inline void dict_set(Dict27<K, V, H>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> value) {
  uint64_t h = H::hash(key);
  uint64_t i = h & static_cast<uint64_t>(d->mask);
  Slot27<K, V>& e = d->table[i];
  if (e.state == 1 && dict27_matches<K, V, H>(e, key, h)) {  // the first probe finds the key
    if constexpr (gen_items<Dict27<K, V, H>*>) gen_dict27_slot_barrier(d, static_cast<int64_t>(i));
    e.value = value;
    return;
  }
  dict27_insert(d, key, h, value);
}
template <class K, class H>
inline void set_add(Dict27<K, SetTag, H>* s, const std::type_identity_t<K>& key) {
  dict27_insert(s, key, H::hash(key), SetTag{});
}
template <class K, class V, class H>
bool dict_discard(Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  if (ix < 0) return false;
  dict27_remove_slot(d, ix);
  return true;
}
template <class K, class V, class H>
void dict_del(Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  if (!dict_discard(d, key)) raise_key_error_for(key);
}
template <class K, class H>
inline void set_remove(Dict27<K, SetTag, H>* s, const std::type_identity_t<K>& key) {
  dict_del(s, key);
}
template <class K, class V, class H>
V dict_setdefault(Dict27<K, V, H>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  uint64_t h = H::hash(key);
  int64_t ix = dict27_find_slot(d, key, h);
  if (d->table[ix].state == 1) return d->table[ix].value;
  if constexpr (gen_items<Dict27<K, V, H>*>) {  // the default rooted while the table grows
    if (dict27_put(d, ix, key, h, dflt) && d->fill * 3 >= (d->mask + 1) * 2)
      gen_dict27_resize(d, d->len > 50000 ? d->len * 2 : d->len * 4, &dflt);
    return dflt;
  }
  if (dict27_put(d, ix, key, h, dflt) && d->fill * 3 >= (d->mask + 1) * 2) dict27_resize(d, d->len > 50000 ? d->len * 2 : d->len * 4);
  return dflt;
}
template <class K, class V, class H>
V dict_pop(Dict27<K, V, H>* d, const std::type_identity_t<K>& key) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  if (ix < 0) raise_key_error_for(key);
  V v = d->table[ix].value;
  dict27_remove_slot(d, ix);
  return v;
}
template <class K, class V, class H>
V dict_pop_default(Dict27<K, V, H>* d, const std::type_identity_t<K>& key, std::type_identity_t<V> dflt) {
  int64_t ix = dict27_find(d, key, H::hash(key));
  if (ix < 0) return dflt;
  V v = d->table[ix].value;
  dict27_remove_slot(d, ix);
  return v;
}
// dict.popitem() and set.pop(): slot 0 if active, else the first active slot from the finger kept
// in slot 0's hash, hash0 (wrapping past slot 0); the slot is emptied and the finger moves past it.
template <class K, class V, class H>
int64_t dict27_first_active(Dict27<K, V, H>* d) {
  Slot27<K, V>* t = d->table;
  int64_t i = 0;
  if (t[0].state != 1) {
    i = d->hash0;
    if (i > d->mask || i < 1) i = 1;
    while (t[i].state != 1)
      if (++i > d->mask) i = 1;
  }
  return i;
}
template <class K, class V, class H>
std::tuple<K, V> dict_popitem(Dict27<K, V, H>* d) {
  if (d->len == 0) raise_exc<KeyError>("'popitem(): dictionary is empty'");
  int64_t i = dict27_first_active(d);
  std::tuple<K, V> r(d->table[i].key, d->table[i].value);
  dict27_remove_slot(d, i);
  d->hash0 = i + 1;
  return r;
}
template <class K, class H>
K set_pop(Dict27<K, SetTag, H>* s) {
  if (s->len == 0) raise_exc<KeyError>("'pop from an empty set'");
  int64_t i = dict27_first_active(s);
  K k = s->table[i].key;
  dict27_remove_slot(s, i);
  s->hash0 = i + 1;
  return k;
}
template <class K, class V, class H>
void dict_clear(Dict27<K, V, H>* d) {
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_clear(d);
  d->len = d->fill = d->hash0 = 0;
  d->mask = kDict27MinSize - 1;
  d->table = dict27_slots<K, V>(kDict27MinSize);
}
template <class K, class V, class H>
Dict27<K, V, H>* dict_copy(const Dict27<K, V, H>* d) {  // PyDict_Copy, set.copy(), dict(d), set(s)
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_copy(const_cast<Dict27<K, V, H>*>(d));
  auto* r = dict27_new<K, V, H>();
  dict27_merge(r, d);
  return r;
}
template <class K, class V, class H>
void dict_update(Dict27<K, V, H>* d, const Dict27<K, V, H>* other) {
  dict27_merge(d, other);
}
template <class K, class V, class H>
List<K>* dict_keys(const Dict27<K, V, H>* d) {
  static_assert(!gen_items<K>, "--gc=gen: Python 2 dicts keyed by instances are rpy::Dict");
  auto* l = list_new<K>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) l->items[j++] = d->table[i].key;
  return l;
}
template <class K, class V, class H>
List<V>* dict_values(const Dict27<K, V, H>* d) {
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_values(const_cast<Dict27<K, V, H>*>(d));
  auto* l = list_new<V>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) l->items[j++] = d->table[i].value;
  return l;
}
template <class K, class V, class H>
List<std::tuple<K, V>>* dict_items(const Dict27<K, V, H>* d) {
  if constexpr (gen_items<Dict27<K, V, H>*>) return gen_dict27_items(const_cast<Dict27<K, V, H>*>(d));
  auto* l = list_new<std::tuple<K, V>>(d->len);
  int64_t j = 0;
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) l->items[j++] = std::tuple<K, V>(d->table[i].key, d->table[i].value);
  return l;
}
template <class K, class V, class H>
bool dict_eq(const Dict27<K, V, H>* a, const Dict27<K, V, H>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  for (int64_t i = 0; i <= a->mask; ++i) {
    const Slot27<K, V>& e = a->table[i];
    if (e.state != 1) continue;
    int64_t ix = dict27_find(b, e.key, slot27_hash(e));
    if (ix < 0) return false;
    if constexpr (!std::is_empty_v<V>) {
      if (!eq(b->table[ix].value, e.value)) return false;
    }
  }
  return true;
}
template <class K, class V, class H>
inline bool eq(const Dict27<K, V, H>* a, const Dict27<K, V, H>* b) {
  return dict_eq(a, b);
}
template <class K, class V, class H>
inline bool eq(Dict27<K, V, H>* a, Dict27<K, V, H>* b) {
  return dict_eq(a, b);
}

// ---- sets
// fn(slot) for each live slot of d, in table order.
template <class K, class V, class H, class F>
void dict27_for_each_live(const Dict27<K, V, H>* d, F&& fn) {
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) fn(d->table[i]);
}
template <class K, class H>
bool set_issubset(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  if (a->len > b->len) return false;
  for (int64_t i = 0; i <= a->mask; ++i)
    if (a->table[i].state == 1 && dict27_find(b, a->table[i].key, slot27_hash(a->table[i])) < 0) return false;
  return true;
}
template <class K, class H>
bool same(Dict27<K, SetTag, H>* a, Dict27<K, SetTag, H>* b) {
  return dict_eq(a, b);
}
template <class K, class H>
bool lt(Dict27<K, SetTag, H>* a, Dict27<K, SetTag, H>* b) {
  return a->len < b->len && set_issubset(a, b);
}
template <class K, class H>
bool set_isdisjoint(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  if (b->len > a->len) std::swap(a, b);
  for (int64_t i = 0; i <= b->mask; ++i)
    if (b->table[i].state == 1 && dict27_find(a, b->table[i].key, slot27_hash(b->table[i])) >= 0) return false;
  return true;
}
// set(d) of a dict, into the new empty set s: sized for the dict once, then its keys in the
// dict's order.
template <class K, class H, class D>
Dict27<K, SetTag, H>* set_from_dict_into(Dict27<K, SetTag, H>* s, const D* d) {
  int64_t n = len(d);
  if ((s->fill + n) * 3 >= (s->mask + 1) * 2) dict27_resize(s, (s->len + n) * 2);
  List<K>* keys = dict_keys(d);
  for (int64_t i = 0; i < keys->len; ++i) set_add(s, keys->items[i]);
  return s;
}

// frozenset, as for Python 3's sets (rpy/set.hpp)
template <class K, class H>
Dict27<K, SetTag, H>* set_freeze(Dict27<K, SetTag, H>* s) {
  s->frozen = true;
  return s;
}
template <class K, class H>
Dict27<K, SetTag, H>* set_like(const Dict27<K, SetTag, H>* model, Dict27<K, SetTag, H>* r) {
  r->frozen = model->frozen;
  return r;
}
template <class K, class H>
Dict27<K, SetTag, H>* set_copy_method(Dict27<K, SetTag, H>* s) {
  return s->frozen ? s : dict_copy(s);
}
[[noreturn, gnu::cold, gnu::noinline]] void raise_frozenset_mutation(const char* method);
template <class K, class H>
Dict27<K, SetTag, H>* set_mutable(Dict27<K, SetTag, H>* s, const char* method) {
  if (__builtin_expect(s && s->frozen, 0)) raise_frozenset_mutation(method);
  return s;
}

// A set as a key: a frozenset hashes by its items as 2.7's frozenset_hash (the size, then each
// item's hash mixed in and xored, so the order does not matter); a set is unhashable.
template <class K, class H>
struct Hash27<Dict27<K, SetTag, H>*> {
  static uint64_t hash(const Dict27<K, SetTag, H>* s) {
    if (!s) return static_cast<uint64_t>(kHash27None);
    if (!s->frozen) raise_exc<TypeError>("unhashable type: 'set'");
    uint64_t h = 1927868237ULL * (static_cast<uint64_t>(s->len) + 1);
    dict27_for_each_live(s, [&](const Slot27<K, SetTag>& e) {
      uint64_t x = slot27_hash(e);
      h ^= (x ^ (x << 16) ^ 89869747ULL) * 3644798167ULL;
    });
    h = h * 69069ULL + 907133923ULL;
    return h == ~uint64_t{0} ? 590923713ULL : h;
  }
  static bool eq(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) { return dict_eq(a, b); }
};
// In a table kept in insertion order (a key that is a set of instances, say): the same hash
template <class K, class H>
struct KeyOps<Dict27<K, SetTag, H>*, void> : Hash27<Dict27<K, SetTag, H>*> {};

// set algebra, each as 2.7's setobject.c computes it (the result's order depends on it); the
// result is a frozenset when the left operand is one
template <class K, class H>
Dict27<K, SetTag, H>* set_union(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  auto* r = dict_copy(a);
  if (a != b) dict27_merge(r, b);
  return set_like(a, r);
}
template <class K, class H>
Dict27<K, SetTag, H>* set_intersection(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  if (a == b) return set_like(a, dict_copy(a));
  auto* r = dict27_new<K, SetTag, H>();
  r->frozen = a->frozen;
  if (b->len > a->len) std::swap(a, b);  // iterate over the smaller one
  dict27_for_each_live(b, [&](const Slot27<K, SetTag>& e) {
    if (dict27_find(a, e.key, slot27_hash(e)) >= 0) dict27_insert(r, e.key, slot27_hash(e), SetTag{});
  });
  return r;
}
template <class K, class H>
void set_intersection_update(Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  *a = *set_intersection(a, b);
}
template <class K, class H>
void set_difference_update(Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  if (a == b) {
    dict_clear(a);
    return;
  }
  dict27_for_each_live(b, [&](const Slot27<K, SetTag>& e) {
    int64_t ix = dict27_find(a, e.key, slot27_hash(e));
    if (ix >= 0) dict27_remove_slot(a, ix);
  });
  if ((a->fill - a->len) * 5 >= a->mask) dict27_resize(a, a->len > 50000 ? a->len * 2 : a->len * 4);  // over 1/5 dummies
}
template <class K, class H>
Dict27<K, SetTag, H>* set_difference(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  auto* r = dict27_new<K, SetTag, H>();
  dict27_for_each_live(a, [&](const Slot27<K, SetTag>& e) {
    if (dict27_find(b, e.key, slot27_hash(e)) < 0) dict27_insert(r, e.key, slot27_hash(e), SetTag{});
  });
  return set_like(a, r);
}
template <class K, class H>
void set_symmetric_difference_update(Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  if (a == b) {
    dict_clear(a);
    return;
  }
  dict27_for_each_live(b, [&](const Slot27<K, SetTag>& e) {
    int64_t ix = dict27_find(a, e.key, slot27_hash(e));
    if (ix >= 0)
      dict27_remove_slot(a, ix);
    else
      dict27_insert(a, e.key, slot27_hash(e), SetTag{});
  });
}
template <class K, class H>
Dict27<K, SetTag, H>* set_symmetric_difference(const Dict27<K, SetTag, H>* a, const Dict27<K, SetTag, H>* b) {
  auto* r = dict_copy(b);  // a new set from the other one, updated with this one
  set_symmetric_difference_update(r, a);
  return set_like(a, r);
}

// ---- repr: {k: v} and set([...]) in slot order
template <class K, class V, class H>
void append_repr(Buffer& b, const Dict27<K, V, H>* d) {
  if (!d) {
    b.put("None", 4);
    return;
  }
  constexpr bool is_set = std::is_same_v<V, SetTag>;
  if constexpr (is_set) {
    d->frozen ? b.put("frozenset([", 11) : b.put("set([", 5);
  } else {
    b.put('{');
  }
  bool first = true;
  for (int64_t i = 0; i <= d->mask; ++i) {
    const Slot27<K, V>& e = d->table[i];
    if (e.state != 1) continue;
    if (!first) b.put(", ", 2);
    first = false;
    append_repr(b, e.key);
    if constexpr (!is_set) {
      b.put(": ", 2);
      append_repr(b, e.value);
    }
  }
  if constexpr (is_set) {
    b.put("])", 2);
  } else {
    b.put('}');
  }
}
template <class K, class V, class H>
void append_str(Buffer& b, const Dict27<K, V, H>* d) {
  append_repr(b, d);
}

}  // namespace rpy
