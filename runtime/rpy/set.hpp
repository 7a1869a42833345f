// set and frozenset: CPython's own hash table (the algorithm of its setobject.c: open addressing
// with linear probes then perturbation, dummies for deleted keys, the same growth policy and the
// same hashes for ints, floats and tuples of them), so that a set iterates, prints and pops in
// the order CPython gives -- {3, 1, 2} prints as {1, 2, 3}. (CPython randomizes str hashes per
// process, so no order of strings is CPython's; rpy's is deterministic.)
//
// A set is Dict<K, SetTag> specialised: codegen names sets with the dict type and calls the dict
// functions, whose overloads here are more specialised than the dict ones.
#pragma once
#include "rpy/fmath.hpp"
#include <cstring>

namespace rpy {

// ---- CPython's hashes (sys.hash_info: 61-bit modulus for numbers, xxHash-style tuple hash)
constexpr uint64_t kPyHashModulus = (uint64_t{1} << 61) - 1;
inline uint64_t py_fix_hash(int64_t h) { return static_cast<uint64_t>(h == -1 ? -2 : h); }

template <class K, class = void>
struct PyHash {  // str, chars, instances: rpy's own hashes (CPython's are per process or per address)
  static uint64_t hash(const K& k) { return KeyOps<K>::hash(k); }
};
template <>
struct PyHash<int64_t> {
  static uint64_t hash(int64_t x) {
    uint64_t mag = x < 0 ? uint64_t{0} - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    int64_t r = static_cast<int64_t>(mag % kPyHashModulus);
    return py_fix_hash(x < 0 ? -r : r);
  }
};
template <>
struct PyHash<uint64_t> {
  static uint64_t hash(uint64_t x) { return py_fix_hash(static_cast<int64_t>(x % kPyHashModulus)); }
};
template <>
struct PyHash<bool> {
  static uint64_t hash(bool b) { return b ? 1 : 0; }
};
template <>
struct PyHash<double> {
  // x as a rational m * 2**e, reduced modulo 2**61 - 1 (multiplying by 2 is a rotation there).
  static uint64_t hash(double v) {
    if (rpy::fm::isinf(v)) return v > 0 ? 314159 : static_cast<uint64_t>(-314159);
    if (rpy::fm::isnan(v)) return 0;
    int e = 0;
    double m = rpy::fm::frexp(v, &e);
    int64_t sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    uint64_t x = 0;
    while (m != 0) {
      x = ((x << 28) & kPyHashModulus) | x >> (61 - 28);
      m *= 268435456.0;  // 2**28
      e -= 28;
      auto y = static_cast<uint64_t>(m);
      m -= static_cast<double>(y);
      x += y;
      if (x >= kPyHashModulus) x -= kPyHashModulus;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & kPyHashModulus) | x >> (61 - e);
    x = x * static_cast<uint64_t>(sign);
    return py_fix_hash(static_cast<int64_t>(x));
  }
};
template <class... T>
struct PyHash<std::tuple<T...>> {
  static uint64_t hash(const std::tuple<T...>& t) {
    constexpr uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL, p5 = 2870177450012600261ULL;
    uint64_t acc = p5;
    std::apply(
        [&](const auto&... x) {
          ((acc += PyHash<std::decay_t<decltype(x)>>::hash(x) * p2, acc = (acc << 31) | (acc >> 33), acc *= p1), ...);
        },
        t);
    acc += sizeof...(T) ^ (p5 ^ 3527539UL);
    return acc == ~uint64_t{0} ? 1546275796 : acc;
  }
};

// ---- the table
template <class K>
struct SetSlot {
  K key;
  uint64_t hash;
  uint8_t state;  // 0 never used, 1 active, 2 dummy (a deleted key)
};

template <class K>
struct Dict<K, SetTag> {
  int64_t len;   // active slots (CPython's `used`)
  int64_t fill;  // active and dummy slots
  int64_t mask;  // table size - 1
  SetSlot<K>* table;
  int64_t finger;  // where set.pop() looks first
  bool frozen;     // a frozenset: prints as one, and the set algebra gives frozensets from it
};

constexpr int64_t kSetMinSize = 8;
constexpr int kSetLinearProbes = 9;

// --gc=gen (docs/GC.md, "Step 3g"): a set of references to the program's instances (or of tuples
// of them) lives on rpy's own collector: its header and its table (an array of SetSlot whose
// descriptor lists each slot's key references) are objects of the collector, and `table` points
// past the array's length word. rpy/gc_gen.hpp defines these (every operation that allocates roots
// the set, and the table it copies from, across the allocation; every store of a key takes the
// write barrier on the table); --gc=boehm never instantiates them.
template <class K>
Set<K>* gen_set_new();
template <class K>
void gen_set_resize(Set<K>*& s, int64_t minused);
template <class K>
void gen_set_slot_barrier(Set<K>* s, int64_t i);
template <class K>
void gen_set_clear(Set<K>* s);
template <class K>
void gen_set_merge(Set<K>* s, Set<K>* other);
template <class K>
Set<K>* gen_set_copy(Set<K>* s);
template <class K>
List<K>* gen_set_keys(Set<K>* s);
template <class K>
Set<K>* gen_set_from_list(List<K>* l);
template <class K>
void gen_set_update_list(Set<K>* s, List<K>* l);
// The set algebra below allocates while it holds sets by raw pointers: codegen refuses it on sets
// of the collector (src/codegen/gc_gen.cpp), and a call that slipped through fails to compile.
template <class K>
Set<K>* gen_set_union(Set<K>* a, Set<K>* b);
template <class K>
Set<K>* gen_set_union_list(Set<K>* a, List<K>* l);
template <class K>
Set<K>* gen_set_intersection(Set<K>* a, Set<K>* b);
template <class K>
void gen_set_difference_update(Set<K>* a, Set<K>* b);
template <class K>
Set<K>* gen_set_difference(Set<K>* a, Set<K>* b);
template <class K>
void gen_set_symmetric_difference_update(Set<K>* a, Set<K>* b);
template <class K>
Set<K>* gen_set_symmetric_difference(Set<K>* a, Set<K>* b);
template <class K>
void gen_set_intersection_update(Set<K>* a, Set<K>* b);

#define RPY_NOT_GEN_SET(K) static_assert(!gen_items<Set<K>*>, "--gc=gen: this set operation is not written for a moving set")

template <class K>
inline SetSlot<K>* set_alloc_slots(int64_t n) {
  size_t bytes = sizeof(SetSlot<K>) * static_cast<size_t>(n);
  auto* t = static_cast<SetSlot<K>*>(holds_pointers<K> ? gc_alloc(bytes) : gc_alloc_atomic(bytes));
  std::memset(static_cast<void*>(t), 0, bytes);
  return t;
}

template <class K>
Set<K>* set_new(int64_t) {  // CPython starts every set at the minimum size
  if constexpr (gen_items<Set<K>*>) return gen_set_new<K>();
  auto* s = static_cast<Set<K>*>(gc_alloc(sizeof(Set<K>)));
  s->len = s->fill = s->finger = 0;
  s->frozen = false;
  s->mask = kSetMinSize - 1;
  s->table = set_alloc_slots<K>(kSetMinSize);
  return s;
}

// The slot holding key, or -1.
template <class K>
int64_t set_lookup(const Set<K>* s, const K& key, uint64_t h) {
  uint64_t mask = static_cast<uint64_t>(s->mask), i = h & mask, perturb = h;
  for (;;) {
    int probes = i + kSetLinearProbes <= mask ? kSetLinearProbes : 0;
    for (uint64_t j = i;; ++j) {
      const SetSlot<K>& e = s->table[j];
      if (e.state == 0) return -1;
      if (e.state == 1 && e.hash == h && KeyOps<K>::eq(e.key, key)) return static_cast<int64_t>(j);
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts a key known to be absent into a table without dummies. The linear probes look at the
// slots after i without moving i: the next probe starts from i, as lookups' do (advancing i here
// put keys where set_lookup never looked: duplicates and missing members after a resize).
template <class K>
void set_insert_clean(SetSlot<K>* table, uint64_t mask, const K& key, uint64_t h) {
  uint64_t i = h & mask, perturb = h, at = i;
  for (;;) {
    at = i;
    if (table[at].state == 0) break;
    bool found = false;
    if (i + kSetLinearProbes <= mask)
      for (int j = 0; j < kSetLinearProbes; ++j)
        if (table[++at].state == 0) {
          found = true;
          break;
        }
    if (found) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[at].key = key;
  table[at].hash = h;
  table[at].state = 1;
}

// Rebuilds the table with the smallest size above minused, dropping dummies.
template <class K>
void set_table_resize(Set<K>* s, int64_t minused) {
  int64_t size = kSetMinSize;
  while (size <= minused) size <<= 1;
  if (size == kSetMinSize && s->mask == kSetMinSize - 1 && s->fill == s->len) return;  // nothing to purge
  if constexpr (gen_items<Set<K>*>) return gen_set_resize(s, minused);
  SetSlot<K>* old = s->table;
  int64_t old_size = s->mask + 1;
  s->table = set_alloc_slots<K>(size);
  s->mask = size - 1;
  s->fill = s->len;
  for (int64_t i = 0; i < old_size; ++i)
    if (old[i].state == 1) set_insert_clean(s->table, static_cast<uint64_t>(s->mask), old[i].key, old[i].hash);
}

template <class K>
void set_add_entry(Set<K>* s, const K& key, uint64_t h) {
  uint64_t mask = static_cast<uint64_t>(s->mask), i = h & mask, perturb = h;
  SetSlot<K>* freeslot = nullptr;
  SetSlot<K>* e = nullptr;
  for (;;) {
    int probes = i + kSetLinearProbes <= mask ? kSetLinearProbes : 0;
    e = &s->table[i];
    for (;; ++e) {
      if (e->state == 0) goto unused;
      if (e->state == 1 && e->hash == h && KeyOps<K>::eq(e->key, key)) return;
      if (e->state == 2) freeslot = e;
      if (probes-- == 0) break;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
unused:
  if constexpr (gen_items<Set<K>*>) gen_set_slot_barrier(s, (freeslot ? freeslot : e) - s->table);
  if (freeslot) {  // reuse the last dummy seen on the way
    freeslot->key = key;
    freeslot->hash = h;
    freeslot->state = 1;
    ++s->len;
    return;
  }
  e->key = key;
  e->hash = h;
  e->state = 1;
  ++s->fill;
  ++s->len;
  if (static_cast<uint64_t>(s->fill) * 5 >= mask * 3) set_table_resize(s, s->len > 50000 ? s->len * 2 : s->len * 4);
}

template <class K>
bool set_discard_entry(Set<K>* s, const K& key, uint64_t h) {
  int64_t ix = set_lookup(s, key, h);
  if (ix < 0) return false;
  s->table[ix].state = 2;
  s->table[ix].key = K{};
  --s->len;
  return true;
}

// Adds every element of other (a set): one resize first, then CPython's fast paths.
template <class K>
void set_merge(Set<K>* s, const Set<K>* other) {
  if constexpr (gen_items<Set<K>*>) return gen_set_merge(s, const_cast<Set<K>*>(other));
  if (other == s || other->len == 0) return;
  if ((s->fill + other->len) * 5 >= s->mask * 3) set_table_resize(s, (s->len + other->len) * 2);
  int64_t n = other->mask + 1;
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->len) {
    std::memcpy(static_cast<void*>(s->table), other->table, sizeof(SetSlot<K>) * static_cast<size_t>(n));
    s->fill = other->fill;
    s->len = other->len;
    return;
  }
  if (s->fill == 0) {
    s->fill = s->len = other->len;
    for (int64_t i = 0; i < n; ++i)
      if (other->table[i].state == 1) set_insert_clean(s->table, static_cast<uint64_t>(s->mask), other->table[i].key, other->table[i].hash);
    return;
  }
  for (int64_t i = 0; i < n; ++i)
    if (other->table[i].state == 1) set_add_entry(s, other->table[i].key, other->table[i].hash);
}

// ---- the dict functions codegen calls, for sets
template <class K>
inline bool dict_contains(const Set<K>* s, const std::type_identity_t<K>& key) {
  return set_lookup(s, key, PyHash<K>::hash(key)) >= 0;
}
template <class K>
inline void set_add(Set<K>* s, const std::type_identity_t<K>& k) {
  set_add_entry(s, k, PyHash<K>::hash(k));
}
template <class K>
inline bool dict_discard(Set<K>* s, const std::type_identity_t<K>& k) {
  return set_discard_entry(s, k, PyHash<K>::hash(k));
}
template <class K>
inline void dict_del(Set<K>* s, const std::type_identity_t<K>& k) {
  if (!set_discard_entry(s, k, PyHash<K>::hash(k))) raise_key_error_for(k);
}
template <class K>
inline void set_remove(Set<K>* s, const std::type_identity_t<K>& k) {
  dict_del(s, k);
}
template <class K>
void dict_clear(Set<K>* s) {
  if constexpr (gen_items<Set<K>*>) return gen_set_clear(s);
  s->len = s->fill = 0;
  s->mask = kSetMinSize - 1;
  s->table = set_alloc_slots<K>(kSetMinSize);
}
template <class K>
Set<K>* dict_copy(const Set<K>* s) {
  if constexpr (gen_items<Set<K>*>) return gen_set_copy(const_cast<Set<K>*>(s));
  auto* r = set_new<K>();
  set_merge(r, s);
  return r;
}
template <class K>
void dict_update(Set<K>* s, const Set<K>* other) {
  set_merge(s, other);
}

// ---- frozenset: a set whose `frozen` is set. Its type is a set's (the annotator merges the two);
// what differs is decided on the object: its repr, the kind of the set algebra's results (the
// left operand's, as in CPython), copy() (the frozenset itself), `fs |= t` (a new frozenset bound
// to fs: frozenset has no in-place operators) and its mutating methods (AttributeError).
template <class K>
Set<K>* set_freeze(Set<K>* s) {
  s->frozen = true;
  return s;
}
template <class K>
Set<K>* set_like(const Set<K>* model, Set<K>* r) {  // r, a frozenset when model is one
  r->frozen = model->frozen;
  return r;
}
template <class K>
Set<K>* set_copy_method(Set<K>* s) {
  return s->frozen ? s : dict_copy(s);
}
[[noreturn, gnu::cold, gnu::noinline]] void raise_frozenset_mutation(const char* method);
template <class K>
Set<K>* set_mutable(Set<K>* s, const char* method) {  // s, unless it is a frozenset
  if (__builtin_expect(s && s->frozen, 0)) raise_frozenset_mutation(method);
  return s;
}
template <class K>
List<K>* dict_keys(const Set<K>* s) {
  if constexpr (gen_items<Set<K>*>) return gen_set_keys(const_cast<Set<K>*>(s));
  auto* l = list_new<K>(s->len);
  int64_t j = 0;
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->table[i].state == 1) l->items[j++] = s->table[i].key;
  return l;
}
template <class K>
K set_pop(Set<K>* s) {
  if (s->len == 0) raise_exc<KeyError>("'pop from an empty set'");
  int64_t i = s->finger & s->mask;
  while (s->table[i].state != 1) i = i + 1 > s->mask ? 0 : i + 1;
  K k = s->table[i].key;
  s->table[i].state = 2;
  s->table[i].key = K{};
  --s->len;
  s->finger = i + 1;
  return k;
}
template <class K>
bool set_issubset(const Set<K>* a, const Set<K>* b) {
  if (a->len > b->len) return false;
  for (int64_t i = 0; i <= a->mask; ++i)
    if (a->table[i].state == 1 && set_lookup(b, a->table[i].key, a->table[i].hash) < 0) return false;
  return true;
}
template <class K>
bool dict_eq(const Set<K>* a, const Set<K>* b) {
  if (a == b) return true;
  if (!a || !b || a->len != b->len) return false;
  return set_issubset(a, b);
}
// A set as a key (of a dict, or an item of a set): a frozenset hashes by its items, as CPython
// 3.11's frozenset_hash (each item's hash shuffled and xored, so the order does not matter, then
// the size folded in and the bits dispersed), and equals a set with the same items; a set is
// unhashable (TypeError), which the program learns when it stores or looks one up, as in Python.
template <class K>
uint64_t frozenset_hash(const Set<K>* s) {
  if (!s->frozen) raise_exc<TypeError>("unhashable type: 'set'");
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->table[i].state == 1) h ^= shuffle(s->table[i].hash);
  h ^= (static_cast<uint64_t>(s->len) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069ULL + 907133923ULL;
  return h == ~uint64_t{0} ? 590923713ULL : h;
}
template <class K>
struct KeyOps<Dict<K, SetTag>*, void> {
  static uint64_t hash(const Set<K>* s) {
    if (s) return frozenset_hash(s);
    uint64_t x = reinterpret_cast<uintptr_t>(s);
    return (x >> 4) | (x << 60);
  }
  static bool eq(const Set<K>* a, const Set<K>* b) { return dict_eq(a, b); }
};

// Inside tuples and lists (==, sorting): a set equals another with the same items, and orders
// before it when it is a proper subset, as in Python.
template <class K>
bool same(Set<K>* a, Set<K>* b) {
  return dict_eq(a, b);
}
template <class K>
bool lt(Set<K>* a, Set<K>* b) {
  return a->len < b->len && set_issubset(a, b);
}
template <class K>
bool set_isdisjoint(const Set<K>* a, const Set<K>* b) {
  if (b->len > a->len) std::swap(a, b);
  for (int64_t i = 0; i <= b->mask; ++i)
    if (b->table[i].state == 1 && set_lookup(a, b->table[i].key, b->table[i].hash) >= 0) return false;
  return true;
}

// ---- building sets
template <class K>
Set<K>* set_from_list(const List<K>* l) {
  if constexpr (gen_items<Set<K>*>) return gen_set_from_list(const_cast<List<K>*>(l));
  auto* s = set_new<K>();
  for (int64_t i = 0; i < l->len; ++i) set_add(s, l->items[i]);
  return s;
}
template <class K>
Set<K>* set_from_str(const Str* str) {  // set of the characters
  RPY_NOT_GEN_SET(K);
  auto* s = set_new<K>();
  for (int64_t i = 0; i < str->len; ++i) set_add(s, static_cast<K>(str->data[i]));
  return s;
}
// set(d) of a dict (of either kind), into the new empty set s: CPython sizes the table for the
// dict first.
template <class K, class D>
Set<K>* set_from_dict_into(Set<K>* s, const D* d) {
  RPY_NOT_GEN_SET(K);
  int64_t n = len(d);
  if (n * 5 >= s->mask * 3) set_table_resize(s, n * 2);
  List<K>* keys = dict_keys(d);
  for (int64_t i = 0; i < keys->len; ++i) set_add(s, keys->items[i]);
  return s;
}
template <class K>
void set_update_list(Set<K>* s, const List<K>* l) {
  if constexpr (gen_items<Set<K>*>) return gen_set_update_list(s, const_cast<List<K>*>(l));
  for (int64_t i = 0; i < l->len; ++i) set_add(s, l->items[i]);
}

// ---- set algebra, each as CPython computes it (the order of the result depends on it)
template <class K>
Set<K>* set_union(const Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) {
    bool frozen = a->frozen;  // read before the collector may move a
    Set<K>* r = gen_set_union(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
    r->frozen = frozen;
    return r;
  }
  Set<K>* r = dict_copy(a);
  if (a != b) set_merge(r, b);
  return set_like(a, r);
}
// s.union(xs) with a list of s's keys: a copy of s (a frozenset if s is one), xs's items added in
// order.
template <class K>
Set<K>* set_union_list(const Set<K>* a, const List<K>* l) {
  if constexpr (gen_items<Set<K>*>) {
    bool frozen = a->frozen;  // read before the collector may move a
    Set<K>* r = gen_set_union_list(const_cast<Set<K>*>(a), const_cast<List<K>*>(l));
    r->frozen = frozen;
    return r;
  }
  Set<K>* r = set_like(a, dict_copy(a));
  set_update_list(r, l);
  return r;
}
template <class K>
Set<K>* set_intersection(const Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) {
    bool frozen = a->frozen;  // read before the collector may move a
    Set<K>* r = gen_set_intersection(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
    r->frozen = frozen;
    return r;
  }
  if (a == b) return set_like(a, dict_copy(a));
  auto* r = set_new<K>();
  r->frozen = a->frozen;
  if (b->len > a->len) std::swap(a, b);  // iterate over the smaller one
  for (int64_t i = 0; i <= b->mask; ++i)
    if (b->table[i].state == 1 && set_lookup(a, b->table[i].key, b->table[i].hash) >= 0)
      set_add_entry(r, b->table[i].key, b->table[i].hash);
  return r;
}
template <class K>
void set_difference_update(Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) return gen_set_difference_update(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
  if (a == b) {
    dict_clear(a);
    return;
  }
  const Set<K>* other = (b->len >> 3) > a->len ? set_intersection(a, b) : b;
  for (int64_t i = 0; i <= other->mask; ++i)
    if (other->table[i].state == 1) set_discard_entry(a, other->table[i].key, other->table[i].hash);
  if (a->fill - a->len > a->mask / 4) set_table_resize(a, a->len > 50000 ? a->len * 2 : a->len * 4);
}
template <class K>
Set<K>* set_difference(const Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) {
    bool frozen = a->frozen;  // read before the collector may move a
    Set<K>* r = gen_set_difference(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
    r->frozen = frozen;
    return r;
  }
  if ((a->len >> 2) > b->len) {
    Set<K>* r = dict_copy(a);
    set_difference_update(r, b);
    return set_like(a, r);
  }
  auto* r = set_new<K>();
  for (int64_t i = 0; i <= a->mask; ++i)
    if (a->table[i].state == 1 && set_lookup(b, a->table[i].key, a->table[i].hash) < 0) set_add_entry(r, a->table[i].key, a->table[i].hash);
  return set_like(a, r);
}
template <class K>
void set_symmetric_difference_update(Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) return gen_set_symmetric_difference_update(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
  if (a == b) {
    dict_clear(a);
    return;
  }
  for (int64_t i = 0; i <= b->mask; ++i) {
    if (b->table[i].state != 1) continue;
    if (!set_discard_entry(a, b->table[i].key, b->table[i].hash)) set_add_entry(a, b->table[i].key, b->table[i].hash);
  }
}
template <class K>
Set<K>* set_symmetric_difference(const Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) {
    bool frozen = a->frozen;  // read before the collector may move a
    Set<K>* r = gen_set_symmetric_difference(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
    r->frozen = frozen;
    return r;
  }
  Set<K>* r = dict_copy(b);  // CPython copies the other set and updates it with this one
  set_symmetric_difference_update(r, a);
  return set_like(a, r);
}
template <class K>
void set_intersection_update(Set<K>* a, const Set<K>* b) {
  if constexpr (gen_items<Set<K>*>) return gen_set_intersection_update(const_cast<Set<K>*>(a), const_cast<Set<K>*>(b));
  Set<K>* r = set_intersection(a, b);
  *a = *r;
}

// ---- repr: {1, 2} in table order; set() when empty
template <class K>
void append_repr(Buffer& b, const Set<K>* s) {
  if (!s) {
    b.put("None", 4);
    return;
  }
  // Python 3: {1, 2}, set(), frozenset({1, 2}), frozenset(); Python 2: set([1, 2]), set([]),
  // frozenset([1, 2]), frozenset([])
  auto puts = [&b](const char* z) { b.put(z, static_cast<int64_t>(std::strlen(z))); };
  const char* open = s->frozen ? (python2 ? "frozenset([" : "frozenset({") : (python2 ? "set([" : "{");
  const char* close = s->frozen ? (python2 ? "])" : "})") : (python2 ? "])" : "}");
  if (s->len == 0) {
    puts(python2 ? (s->frozen ? "frozenset([])" : "set([])") : (s->frozen ? "frozenset()" : "set()"));
    return;
  }
  puts(open);
  bool first = true;
  for (int64_t i = 0; i <= s->mask; ++i) {
    if (s->table[i].state != 1) continue;
    if (!first) b.put(", ", 2);
    first = false;
    append_repr(b, s->table[i].key);
  }
  puts(close);
}
template <class K>
void append_str(Buffer& b, const Set<K>* s) {
  append_repr(b, s);
}

#undef RPY_NOT_GEN_SET

}  // namespace rpy
