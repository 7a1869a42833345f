// What programs translated with --gc=gen use of rpy's own collector (docs/GC.md, step 3): the
// program's heap, allocation of its instances in the nursery, their type descriptors, the write
// barrier, and the root frames of its functions. Included by generated code only under --gc=gen;
// everything else (strings, the runtime's containers, exceptions) stays on Boehm's heap, and
// codegen refuses programs where one heap would hold references into the other.
#pragma once
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <new>
#include <tuple>
#include <typeinfo>
#include <utility>
#include <cstring>
#include <vector>

#include <gc/gc.h>

#include "gc/heap.hpp"
#include "gc/layout.hpp"
#include "gc/types.hpp"

namespace rpy::gen {

inline gc::Heap* heap = nullptr;  // created by start(), before the program's code runs

inline void print_stats_at_exit() { heap->print_stats(stderr); }

inline void* boehm_block(size_t bytes) { return GC_MALLOC_UNCOLLECTABLE(bytes); }  // zeroed
inline void boehm_free(void* block) { GC_FREE(block); }
// The nursery is a root range of Boehm's rather than its uncollectable memory: Boehm would zero
// its 4 MiB at once and count them as live data when sizing its heap (stack_vm's peak RSS grew
// by 24 MiB: docs/GC.md, step 3c measurements).
inline void boehm_scan(void* lo, void* hi) { GC_add_roots(lo, hi); }
inline void boehm_unscan(void* lo, void* hi) { GC_remove_roots(lo, hi); }

// The roots of suspended generator bodies (rpy/gen_generator.hpp).
inline void walk_generator_roots(gc::VisitFn visit, void* ctx, void* arg);

// Creates the heap from the environment (RPY_GC_NURSERY, RPY_GC_STRESS, RPY_GC_VERIFY,
// RPY_GC_DEBUG: docs/GC.md). The heap lives until the process ends. `boehm_scans`: the program's
// objects may hold references to Boehm's (strings, lists of numbers...): the heap's memory is
// then Boehm's uncollectable memory, which Boehm scans for them (docs/GC.md, "Values of Boehm's
// heap held by rpy's").
inline void start(bool boehm_scans) {
  gc::Config c = gc::Config::from_env();
  if (boehm_scans) {
    c.blocks = gc::BlockAlloc{boehm_block, boehm_free, true};
    c.scan = boehm_scan;
    c.unscan = boehm_unscan;
  }
  heap = new gc::Heap(c);
  heap->add_root_walker(walk_generator_roots, nullptr);
  identity_address = [](const void* p) -> const void* { return heap->stable_address(const_cast<void*>(p)); };
  if (heap->config().debug) std::atexit(print_stats_at_exit);
}

// Where the references to the collector's objects are inside a value of type T placed at `base`
// (gc::Layout counts every pointer to a class; here a pointer to Boehm's objects, a string held
// in a tuple (str, instance) or a dict's key, is not one: Boehm scans the collector's memory for
// those, docs/GC.md, step 3c).
template <class T, class = void>
struct Layout {
  static void add(std::vector<uint32_t>&, uint32_t) {}
};
template <class T>
struct Layout<T*> {
  static void add(std::vector<uint32_t>& out, uint32_t base) {
    if constexpr (gen_items<T*>) out.push_back(base);
  }
};
template <class... T>
struct Layout<std::tuple<T...>> {
  static void add(std::vector<uint32_t>& out, uint32_t base) { add_each(out, base, std::index_sequence_for<T...>{}); }

 private:
  template <size_t... I>
  static void add_each(std::vector<uint32_t>& out, uint32_t base, std::index_sequence<I...>) {
    alignas(std::tuple<T...>) unsigned char buf[sizeof(std::tuple<T...>)];
    auto* t = new (buf) std::tuple<T...>();
    auto offset = [&](const void* field) {
      return static_cast<uint32_t>(static_cast<const unsigned char*>(field) - reinterpret_cast<unsigned char*>(t));
    };
    (Layout<std::tuple_element_t<I, std::tuple<T...>>>::add(out, base + offset(&std::get<I>(*t))), ...);
    t->~tuple();
  }
};
template <class K, class V>
struct Layout<DictEntry<K, V>> {
  using E = DictEntry<K, V>;
  static void add(std::vector<uint32_t>& out, uint32_t base) {
    Layout<K>::add(out, base + static_cast<uint32_t>(offsetof(E, key)));
    if constexpr (!std::is_empty_v<V>) Layout<V>::add(out, base + static_cast<uint32_t>(offsetof(E, value)));
  }
};
template <class K>
struct Layout<SetSlot<K>> {
  static void add(std::vector<uint32_t>& out, uint32_t base) {
    Layout<K>::add(out, base + static_cast<uint32_t>(offsetof(SetSlot<K>, key)));
  }
};
template <class K, class V>
struct Layout<Slot27<K, V>> {
  using S = Slot27<K, V>;
  static void add(std::vector<uint32_t>& out, uint32_t base) {
    Layout<K>::add(out, base + static_cast<uint32_t>(offsetof(S, key)));
    if constexpr (!std::is_empty_v<V>) Layout<V>::add(out, base + static_cast<uint32_t>(offsetof(S, value)));
  }
};
// The array of T ({ int64 len; T items[len]; }, gc::array_type_id) with this layout.
template <class T>
uint32_t array_type_id() {
  static const uint32_t id = [] {
    gc::TypeDesc d;
    d.name = typeid(T).name();
    d.fixed_size = gc::kArrayItemsOffset<T>;
    d.item_size = sizeof(T);
    d.length_offset = 0;
    Layout<T>::add(d.item_ptr_offsets, 0);
    return gc::register_type(std::move(d));
  }();
  return id;
}

// The reference slots inside a value of type V that a root frame holds: a pointer to an object
// of the collector is one; a tuple (held by value) holds its items'; anything else (numbers,
// pointers to Boehm's objects) none.
template <class V>
struct Refs {
  static constexpr size_t n = 0;
  static void slots(V&, void**&) {}
};
template <class T>
struct Refs<T*> {
  static constexpr size_t n = gen_items<T*> ? 1 : 0;
  static void slots(T*& p, void**& out) {
    if constexpr (n != 0) *out++ = static_cast<void*>(&p);
  }
};
template <class... T>
struct Refs<std::tuple<T...>> {
  static constexpr size_t n = (Refs<T>::n + ... + 0);
  static void slots(std::tuple<T...>& t, void**& out) {
    std::apply([&](T&... item) { (Refs<T>::slots(item, out), ...); }, t);
  }
};

// Links the reference slots of some variables (pointers, tuples of them) on the shadow stack for
// its lifetime: `rpy::gen::Rooted r(*heap, a, t);` (gc::Roots holds pointers only).
template <class... V>
struct Rooted {
  static constexpr size_t N = (Refs<V>::n + ... + 0);
  gc::RootFrame frame;
  void* slots[N == 0 ? 1 : N];
  gc::Heap& heap;
  explicit Rooted(gc::Heap& h, V&... vars) : frame{h.roots_top, N, slots}, heap(h) {
    void** out = slots;
    (Refs<V>::slots(vars, out), ...);
    h.roots_top = &frame;
  }
  ~Rooted() { heap.roots_top = frame.prev; }
  Rooted(const Rooted&) = delete;
  Rooted& operator=(const Rooted&) = delete;
};
template <class... V>
Rooted(gc::Heap&, V&...) -> Rooted<V...>;

// Registers a class of the program: its size and the offsets of its reference fields.
inline uint32_t register_class(const char* name, size_t size, std::initializer_list<size_t> refs) {
  gc::TypeDesc d;
  d.name = name;
  d.fixed_size = static_cast<uint32_t>(size);
  for (size_t off : refs) d.ptr_offsets.push_back(static_cast<uint32_t>(off));
  return gc::register_type(std::move(d));
}
// The offsets of the references inside a field of type V at `offset` (a tuple field holds its
// items'), for register_class's list.
template <class V>
std::vector<size_t> field_refs(size_t offset) {
  std::vector<uint32_t> v;
  Layout<V>::add(v, static_cast<uint32_t>(offset));
  return std::vector<size_t>(v.begin(), v.end());
}
inline uint32_t register_class_fields(const char* name, size_t size, std::initializer_list<std::vector<size_t>> fields) {
  std::vector<size_t> all;
  for (auto& f : fields) all.insert(all.end(), f.begin(), f.end());
  gc::TypeDesc d;
  d.name = name;
  d.fixed_size = static_cast<uint32_t>(size);
  for (size_t off : all) d.ptr_offsets.push_back(static_cast<uint32_t>(off));
  return gc::register_type(std::move(d));
}

// A new instance of class T (type id tid) in the nursery: may collect, so the caller's
// references must be rooted. The memory comes zeroed; T's constructor sets its vtable and the
// fields its class initialises.
template <class T>
[[gnu::always_inline]] inline T* make(uint32_t tid) {
  return new (heap->alloc(tid)) T();
}

// The write barrier, before a reference is stored into a field of obj.
template <class T>
[[gnu::always_inline]] inline T* wb(T* obj) {
  heap->write_barrier(obj);
  return obj;
}

// Lists of references (docs/GC.md, "Step 3b"): the list header { len, cap, items } is one object
// and its items another, an array { int64 cap; T items[cap]; } whose descriptor says which words
// are references (gc::array_type_id). `items` points past the array's length word, so the
// header's descriptor traces it with a function that visits the array's own address.
template <class T>
inline void* list_array(List<T>* l) {
  return reinterpret_cast<char*>(l->items) - gc::kArrayItemsOffset<T>;
}
template <class T>
inline T* array_items(void* arr) {
  return reinterpret_cast<T*>(static_cast<char*>(arr) + gc::kArrayItemsOffset<T>);
}
template <class T>
void trace_list(void* obj, gc::VisitFn visit, void* ctx) {
  auto* l = static_cast<List<T>*>(obj);
  if (!l->items) return;  // between the header's allocation and its array's
  void* arr = list_array(l);
  visit(&arr, ctx);
  l->items = array_items<T>(arr);
}
template <class T>
uint32_t list_type_id() {
  static const uint32_t id = [] {
    gc::TypeDesc d;
    d.name = "list";
    d.fixed_size = sizeof(List<T>);
    d.trace = trace_list<T>;
    return gc::register_type(std::move(d));
  }();
  return id;
}

// Dicts of references (docs/GC.md, "Step 3e"): the header Dict<K, V> is one object, its index
// table (an array of int64, never scanned) and its entries array (an array of DictEntry whose
// descriptor lists the references of each entry) two more; `index` and `entries` point past the
// arrays' length words, as a list's `items` does.
template <class T>
inline void* items_array(T* items) {
  return reinterpret_cast<char*>(items) - gc::kArrayItemsOffset<T>;
}
template <class K, class V>
void trace_dict(void* obj, gc::VisitFn visit, void* ctx) {
  auto* d = static_cast<Dict<K, V>*>(obj);
  if (d->index) {
    void* arr = items_array(d->index);
    visit(&arr, ctx);
    d->index = array_items<int64_t>(arr);
  }
  if (d->entries) {
    void* arr = items_array(d->entries);
    visit(&arr, ctx);
    d->entries = array_items<DictEntry<K, V>>(arr);
  }
}
template <class K, class V>
uint32_t dict_type_id() {
  static const uint32_t id = [] {
    gc::TypeDesc d;
    d.name = "dict";
    d.fixed_size = sizeof(Dict<K, V>);
    d.trace = trace_dict<K, V>;
    return gc::register_type(std::move(d));
  }();
  return id;
}
// New tables for d (rooted by the caller, and the key and value being inserted, `keep_key` and
// `keep`, and the entries array `old`, by address): an index of index_size slots, all empty, and
// entries for two thirds of them.
template <class K, class V>
void dict_alloc_tables(Dict<K, V>*& d, int64_t index_size, K& keep_key, V& keep, DictEntry<K, V>*& old) {
  void* old_arr = old ? items_array(old) : nullptr;
  void* ix = nullptr;
  Rooted r(*heap, d, keep_key, keep);
  gc::Roots r2(*heap, old_arr, ix);
  ix = heap->alloc_varsize(array_type_id<int64_t>(), index_size);
  int64_t cap = index_size * 2 / 3;
  void* ents = heap->alloc_varsize(array_type_id<DictEntry<K, V>>(), cap);
  heap->write_barrier(ents);  // a large array is allocated old
  heap->write_barrier(d);
  if (old) old = array_items<DictEntry<K, V>>(old_arr);
  d->mask = index_size - 1;
  d->index = array_items<int64_t>(ix);
  std::memset(static_cast<void*>(d->index), 0xff, sizeof(int64_t) * static_cast<size_t>(index_size));
  d->cap = cap;
  d->entries = array_items<DictEntry<K, V>>(ents);
  d->used = 0;
  d->finger = 0;
}
// Sets of references (docs/GC.md, "Step 3g"): the header Set<K> is one object, its table (an
// array of SetSlot<K>, each slot's key traced) another; `table` points past the array's length
// word.
template <class K>
void trace_set(void* obj, gc::VisitFn visit, void* ctx) {
  auto* s = static_cast<Set<K>*>(obj);
  if (!s->table) return;  // between the header's allocation and its table's
  void* arr = items_array(s->table);
  visit(&arr, ctx);
  s->table = array_items<SetSlot<K>>(arr);
}
template <class K>
uint32_t set_type_id() {
  static const uint32_t id = [] {
    gc::TypeDesc d;
    d.name = "set";
    d.fixed_size = sizeof(Set<K>);
    d.trace = trace_set<K>;
    return gc::register_type(std::move(d));
  }();
  return id;
}
// A new zeroed table of n slots for s (rooted by the caller, by address), stored into s.
template <class K>
void set_alloc_table(Set<K>*& s, int64_t n) {
  Rooted r(*heap, s);
  void* t = heap->alloc_varsize(array_type_id<SetSlot<K>>(), n);
  heap->write_barrier(t);  // a large array is allocated old
  heap->write_barrier(s);
  s->table = array_items<SetSlot<K>>(t);
  s->mask = n - 1;
}

// Before storing into entry ix of d's entries (the array may be old, and large: its card).
template <class K, class V>
[[gnu::always_inline]] inline void dict_entry_barrier(Dict<K, V>* d, int64_t ix) {
  heap->write_barrier_item(items_array(d->entries), ix);
}

}  // namespace rpy::gen

namespace rpy {

template <class T>
List<std::tuple<int64_t, T>>* gen_list_enumerate(List<T>* l, int64_t start) {
  gen::Rooted r(*gen::heap, l);
  auto* e = list_new<std::tuple<int64_t, T>>(l->len);
  gen_item_barrier(e, -1);  // a large list's items are allocated old
  for (int64_t i = 0; i < l->len; ++i) e->items[i] = std::tuple<int64_t, T>(start + i, l->items[i]);
  return e;
}

// list(it) (n < 0), or the n items of `a, b = it` and the check that no more follow (unpack_iter),
// of an iterator over references: the new list rooted while each step runs the iterator's code
// (a generator body that allocates, moving or, unrooted, freeing the list). The item is copied
// out of the step at once, before anything can collect.
template <class T>
List<T>* gen_list_from_iter(Iterator<T>* it, int64_t n) {
  List<T>* l = list_new<T>(0);
  gen::Rooted r(*gen::heap, l);
  T v{};
  while (n < 0 || l->len < n) {
    if (!it->step(v)) {
      if (n < 0) return l;
      raise_unpack_error(l->len, n, false);
    }
    list_append(l, v);
  }
  if (it->step(v)) raise_unpack_error(n + 1, n, false);
  return l;
}

template <class T>
void gen_append_list_repr(Buffer& b, List<T>* l) {
  if (!l) {
    b.put("None", 4);
    return;
  }
  gen::Rooted r(*gen::heap, l);
  b.put('[');
  for (int64_t i = 0; i < l->len; ++i) {  // l read again after each item: its __repr__ may move it
    if (i) b.put(", ", 2);
    T item = l->items[i];
    gen::Rooted ri(*gen::heap, item);  // a tuple's later items, read after its earlier ones' __repr__
    append_repr(b, item);
  }
  b.put(']');
}

// l[lo:hi:step] of a list of references: l rooted while the new list is allocated (it may collect
// and move l), its items stored after the barrier (a large items array is allocated old).
template <class T>
List<T>* gen_list_slice(List<T>* l, int64_t lo, int64_t count, int64_t step) {
  gen::Rooted r(*gen::heap, l);
  auto* s = list_new<T>(count);
  gen_item_barrier(s, -1);
  for (int64_t i = 0; i < count; ++i) s->items[i] = l->items[lo + i * step];
  return s;
}

// l[lo:hi] = v of lists of references (v may be l): when l must grow, v is rooted while
// gen_list_grow (which roots l) allocates; after it nothing allocates. The whole items array is
// remembered (items move), v's items are copied out first when v is l, and the items l no longer
// holds are nulled.
template <class T>
void gen_list_setslice(List<T>* l, bool has_lo, int64_t lo, bool has_hi, int64_t hi, List<T>* v) {
  slice_bounds(l->len, has_lo, lo, has_hi, hi);
  int64_t n = v->len, oldlen = l->len, newlen = oldlen - (hi - lo) + n;
  if (newlen > l->cap) {
    gen::Rooted r(*gen::heap, v);
    gen_list_grow<T>(l, newlen, nullptr);
  }
  gen_item_barrier(l, -1);
  std::vector<T> copy;
  const T* src = v->items;
  if (v == l) {  // a[i:j] = a
    copy.assign(v->items, v->items + n);
    src = copy.data();
  }
  std::memmove(static_cast<void*>(l->items + lo + n), l->items + hi, sizeof(T) * static_cast<size_t>(oldlen - hi));
  std::memcpy(static_cast<void*>(l->items + lo), src, sizeof(T) * static_cast<size_t>(n));
  l->len = newlen;
  gen_clear_tail(l, newlen, oldlen);
}

// l * n of a list of references (total = len * n items): l rooted while the result is allocated
// (it may collect and move or, unrooted, free l), the items stored after the barrier (a large
// items array is allocated old).
template <class T>
List<T>* gen_list_repeat(List<T>* l, int64_t total, int64_t n) {
  gen::Rooted r(*gen::heap, l);
  auto* s = list_new<T>(total);
  gen_item_barrier(s, -1);
  for (int64_t k = 0; k < n; ++k) std::memcpy(static_cast<void*>(s->items + k * l->len), l->items, sizeof(T) * static_cast<size_t>(l->len));
  return s;
}

template <class K, class V>
Dict<K, V>* gen_dict_new(int64_t expected) {
  auto* d = static_cast<Dict<K, V>*>(gen::heap->alloc(gen::dict_type_id<K, V>()));
  int64_t size = 8;
  while (size * 2 / 3 < expected) size <<= 1;
  d->len = 0;
  d->eq_fn = nullptr;
  d->hash_fn = nullptr;
  K no_key{};
  V none{};
  DictEntry<K, V>* no_old = nullptr;
  gen::dict_alloc_tables(d, size, no_key, none, no_old);
  return d;
}

// dict_resize's rebuild, rooting d and the key and value being inserted across the allocation.
template <class K, class V>
[[gnu::noinline]] void gen_dict_resize(Dict<K, V>*& d, int64_t need, K& keep_key, V& keep) {
  int64_t size = 8;
  while (size * 2 / 3 < need * 3 / 2 + 1) size <<= 1;
  DictEntry<K, V>* old = d->entries;
  int64_t n = d->used;
  gen::dict_alloc_tables(d, size, keep_key, keep, old);
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

template <class K, class V>
int64_t gen_dict_set(Dict<K, V>* d, K key, V value) {
  uint64_t h = dict_hash(d, key);
  int64_t ix = dict_lookup(d, key, h);
  if (ix >= 0) {
    gen::dict_entry_barrier(d, ix);
    d->entries[ix].value = value;
    return ix;
  }
  if (d->used == d->cap) gen_dict_resize(d, d->len + 1, key, value);
  ix = d->used++;
  gen::dict_entry_barrier(d, ix);
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
void gen_dict_clear(Dict<K, V>* d) {
  d->len = 0;
  K no_key{};
  V none{};
  DictEntry<K, V>* no_old = nullptr;
  gen::dict_alloc_tables(d, 8, no_key, none, no_old);
}

template <class K, class V>
V gen_dict_setdefault(Dict<K, V>* d, const K& key, V dflt) {
  int64_t ix = dict_lookup(d, key, dict_hash(d, key));
  if (ix >= 0) return d->entries[ix].value;
  gen::Rooted r(*gen::heap, d);
  ix = gen_dict_set<K, V>(d, key, dflt);
  return d->entries[ix].value;
}

template <class K, class V>
List<K>* gen_dict_keys(Dict<K, V>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* l = list_new<K>(d->len);
  if constexpr (gen_items<K>) gen_item_barrier(l, -1);  // a large list's items are allocated old
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = d->entries[i].key;
  return l;
}

template <class K, class V>
List<V>* gen_dict_values(Dict<K, V>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* l = list_new<V>(d->len);
  gen_item_barrier(l, -1);  // a large list's items are allocated old
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = d->entries[i].value;
  return l;
}

template <class K, class V>
List<std::tuple<K, V>>* gen_dict_items(Dict<K, V>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* l = list_new<std::tuple<K, V>>(d->len);
  gen_item_barrier(l, -1);
  int64_t j = 0;
  for (int64_t i = 0; i < d->used; ++i)
    if (d->entries[i].live) l->items[j++] = std::tuple<K, V>(d->entries[i].key, d->entries[i].value);
  return l;
}

template <class K, class V>
void gen_dict_update(Dict<K, V>* d, Dict<K, V>* other) {
  gen::Rooted r(*gen::heap, d, other);
  for (int64_t i = 0; i < other->used; ++i)  // other->entries is read again after each insertion
    if (other->entries[i].live) {
      K k = other->entries[i].key;
      V v = other->entries[i].value;
      gen_dict_set<K, V>(d, k, v);
    }
}

template <class K, class V>
Dict<K, V>* gen_dict_copy(Dict<K, V>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* c = gen_dict_new<K, V>(d->len);
  gen::Rooted rc(*gen::heap, c);  // gen_dict_update roots its own copy: this one is returned
  c->eq_fn = d->eq_fn;
  c->hash_fn = d->hash_fn;
  gen_dict_update<K, V>(c, d);
  return c;
}

// dict(pairs): the list and the dict rooted while the dict grows; later pairs overwrite earlier ones.
template <class K, class V>
Dict<K, V>* gen_dict_from_pairs(List<std::tuple<K, V>>* l) {
  gen::Rooted r(*gen::heap, l);
  Dict<K, V>* d = gen_dict_new<K, V>(0);
  gen::Rooted rd(*gen::heap, d);  // gen_dict_set roots its own copy: this one is returned
  for (int64_t i = 0; i < l->len; ++i) {
    K k = std::get<0>(l->items[i]);
    V v = std::get<1>(l->items[i]);
    gen_dict_set<K, V>(d, k, v);
  }
  return d;
}

// Python 2's dicts of references (docs/GC.md, "Step 3g"): the header Dict27 and its table (an
// array of Slot27, each slot's value traced), as a set's.
namespace gen {
template <class K, class V, class H>
void trace_dict27(void* obj, gc::VisitFn visit, void* ctx) {
  auto* d = static_cast<Dict27<K, V, H>*>(obj);
  if (!d->table) return;  // between the header's allocation and its table's
  void* arr = items_array(d->table);
  visit(&arr, ctx);
  d->table = array_items<Slot27<K, V>>(arr);
}
template <class K, class V, class H>
uint32_t dict27_type_id() {
  static const uint32_t id = [] {
    gc::TypeDesc t;
    t.name = "dict27";
    t.fixed_size = sizeof(Dict27<K, V, H>);
    t.trace = trace_dict27<K, V, H>;
    return gc::register_type(std::move(t));
  }();
  return id;
}
// A new zeroed table of n slots for d (rooted here by address, with the value `keep`).
template <class K, class V, class H>
void dict27_alloc_table(Dict27<K, V, H>*& d, int64_t n, V& keep) {
  Rooted r(*heap, d, keep);
  void* t = heap->alloc_varsize(array_type_id<Slot27<K, V>>(), n);
  heap->write_barrier(t);  // a large array is allocated old
  heap->write_barrier(d);
  d->table = array_items<Slot27<K, V>>(t);
  d->mask = n - 1;
  d->hash0 = 0;
}
}  // namespace gen

template <class K, class V, class H>
Dict27<K, V, H>* gen_dict27_new(int64_t presize) {
  auto* d = static_cast<Dict27<K, V, H>*>(gen::heap->alloc(gen::dict27_type_id<K, V, H>()));
  d->len = d->fill = 0;
  d->frozen = false;
  V none{};
  gen::dict27_alloc_table(d, kDict27MinSize, none);
  if (presize > 5) {
    gen::Rooted r(*gen::heap, d);  // gen_dict27_resize roots its own copy: this one is returned
    dict27_resize(d, presize);
  }
  return d;
}

// dict27_resize's rebuild (the caller checked that there is something to do): d, the old table
// and *keep (a value inserted already, returned afterwards) rooted across the allocation.
template <class K, class V, class H>
[[gnu::noinline]] void gen_dict27_resize(Dict27<K, V, H>*& d, int64_t minused, V* keep) {
  int64_t size = kDict27MinSize;
  while (size <= minused) size <<= 1;
  void* old_arr = gen::items_array(d->table);
  gc::Roots r(*gen::heap, old_arr);
  int64_t n = d->mask + 1;
  V none{};
  gen::dict27_alloc_table(d, size, keep ? *keep : none);
  Slot27<K, V>* old = gen::array_items<Slot27<K, V>>(old_arr);
  d->fill = d->len;
  for (int64_t i = 0; i < n; ++i)
    if (old[i].state == 1) dict27_insert_clean(d, old[i]);
}

template <class K, class V, class H>
[[gnu::always_inline]] inline void gen_dict27_slot_barrier(Dict27<K, V, H>* d, int64_t ix) {
  gen::heap->write_barrier_item(gen::items_array(d->table), ix);
}

template <class K, class V, class H>
void gen_dict27_clear(Dict27<K, V, H>* d) {
  d->len = d->fill = 0;
  V none{};
  gen::dict27_alloc_table(d, kDict27MinSize, none);
}

// PyDict_Merge: one resize first, then plain inserts in other's slot order; both rooted, other's
// table read again after each insertion (none grows d after the resize, but keep it simple).
template <class K, class V, class H>
void gen_dict27_merge(Dict27<K, V, H>* d, Dict27<K, V, H>* other) {
  if (other == d || other->len == 0) return;
  gen::Rooted r(*gen::heap, d, other);
  if ((d->fill + other->len) * 3 >= (d->mask + 1) * 2) dict27_resize(d, (d->len + other->len) * 2);
  for (int64_t i = 0; i <= other->mask; ++i)
    if (other->table[i].state == 1) {
      const Slot27<K, V>& e = other->table[i];
      dict27_put(d, dict27_find_slot(d, e.key, slot27_hash(e)), e.key, slot27_hash(e), e.value);
    }
}

template <class K, class V, class H>
Dict27<K, V, H>* gen_dict27_copy(Dict27<K, V, H>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* c = gen_dict27_new<K, V, H>(0);
  gen::Rooted rc(*gen::heap, c);  // gen_dict27_merge roots its own copy: this one is returned
  gen_dict27_merge(c, d);
  return c;
}

template <class K, class V, class H>
List<V>* gen_dict27_values(Dict27<K, V, H>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* l = list_new<V>(d->len);
  gen_item_barrier(l, -1);  // a large list's items are allocated old
  int64_t j = 0;
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) l->items[j++] = d->table[i].value;
  return l;
}

template <class K, class V, class H>
List<std::tuple<K, V>>* gen_dict27_items(Dict27<K, V, H>* d) {
  gen::Rooted r(*gen::heap, d);
  auto* l = list_new<std::tuple<K, V>>(d->len);
  gen_item_barrier(l, -1);
  int64_t j = 0;
  for (int64_t i = 0; i <= d->mask; ++i)
    if (d->table[i].state == 1) l->items[j++] = std::tuple<K, V>(d->table[i].key, d->table[i].value);
  return l;
}

template <class K>
Set<K>* gen_set_new() {
  auto* s = static_cast<Set<K>*>(gen::heap->alloc(gen::set_type_id<K>()));
  s->len = s->fill = s->finger = 0;
  s->frozen = false;
  gen::set_alloc_table(s, kSetMinSize);
  return s;
}

// set_table_resize's rebuild (the caller checked that there is something to do): s and the old
// table are rooted across the allocation of the new one.
template <class K>
[[gnu::noinline]] void gen_set_resize(Set<K>*& s, int64_t minused) {
  int64_t size = kSetMinSize;
  while (size <= minused) size <<= 1;
  void* old_arr = gen::items_array(s->table);
  gc::Roots r(*gen::heap, old_arr);
  int64_t old_size = s->mask + 1;
  gen::set_alloc_table(s, size);
  SetSlot<K>* old = gen::array_items<SetSlot<K>>(old_arr);
  s->fill = s->len;
  for (int64_t i = 0; i < old_size; ++i)
    if (old[i].state == 1) set_insert_clean(s->table, static_cast<uint64_t>(s->mask), old[i].key, old[i].hash);
}

// Before storing a key into slot i of s's table (the table may be old, and large: its card).
template <class K>
[[gnu::always_inline]] inline void gen_set_slot_barrier(Set<K>* s, int64_t i) {
  gen::heap->write_barrier_item(gen::items_array(s->table), i);
}

template <class K>
void gen_set_clear(Set<K>* s) {
  s->len = s->fill = 0;
  gen::set_alloc_table(s, kSetMinSize);
}

// Adds every element of other to s, CPython's presizing first; both are rooted, and other's table
// is read again after each insertion (an insertion that grows s may move it).
template <class K>
void gen_set_merge(Set<K>* s, Set<K>* other) {
  if (other == s || other->len == 0) return;
  gen::Rooted r(*gen::heap, s, other);
  if ((s->fill + other->len) * 5 >= s->mask * 3) set_table_resize(s, (s->len + other->len) * 2);
  for (int64_t i = 0; i <= other->mask; ++i)
    if (other->table[i].state == 1) {
      K k = other->table[i].key;
      set_add_entry(s, k, other->table[i].hash);
    }
}

template <class K>
Set<K>* gen_set_copy(Set<K>* s) {
  gen::Rooted r(*gen::heap, s);
  Set<K>* c = gen_set_new<K>();
  gen::Rooted rc(*gen::heap, c);  // gen_set_merge roots its own copy: this one is returned
  gen_set_merge(c, s);
  return c;
}

template <class K>
List<K>* gen_set_keys(Set<K>* s) {
  gen::Rooted r(*gen::heap, s);
  auto* l = list_new<K>(s->len);
  gen_item_barrier(l, -1);  // a large list's items are allocated old
  int64_t j = 0;
  for (int64_t i = 0; i <= s->mask; ++i)
    if (s->table[i].state == 1) l->items[j++] = s->table[i].key;
  return l;
}

template <class K>
void gen_set_update_list(Set<K>* s, List<K>* l) {
  gen::Rooted r(*gen::heap, s, l);
  for (int64_t i = 0; i < l->len; ++i) {
    K k = l->items[i];
    set_add(s, k);
  }
}

template <class K>
Set<K>* gen_set_from_list(List<K>* l) {
  gen::Rooted r(*gen::heap, l);
  Set<K>* s = gen_set_new<K>();
  gen::Rooted rs(*gen::heap, s);  // gen_set_update_list roots its own copy: this one is returned
  gen_set_update_list(s, l);
  return s;
}

// The set algebra (docs/GC.md, "Step 3h"), as set.hpp's Boehm versions compute it (CPython's
// order): every set it holds (the operands, the result, a temporary) is rooted, and an operand's
// table is read again after each insertion into another set (an insertion that grows that set
// allocates, and may move the operand and its table). Keys are copied out of a table before they
// are inserted elsewhere. Lookups and discards do not allocate.
template <class K>
Set<K>* gen_set_union(Set<K>* a, Set<K>* b) {
  gen::Rooted r(*gen::heap, a, b);
  Set<K>* u = gen_set_copy(a);
  gen::Rooted ru(*gen::heap, u);
  if (a != b) gen_set_merge(u, b);
  return u;
}

// s.union(xs), xs a list of s's keys: s and xs rooted while the copy is made and grows.
template <class K>
Set<K>* gen_set_union_list(Set<K>* a, List<K>* l) {
  gen::Rooted r(*gen::heap, a, l);
  Set<K>* u = gen_set_copy(a);
  gen::Rooted ru(*gen::heap, u);
  gen_set_update_list(u, l);
  return u;
}

template <class K>
Set<K>* gen_set_intersection(Set<K>* a, Set<K>* b) {
  if (a == b) return gen_set_copy(a);
  gen::Rooted r(*gen::heap, a, b);
  Set<K>* x = gen_set_new<K>();
  gen::Rooted rx(*gen::heap, x);
  if (b->len > a->len) std::swap(a, b);  // iterate over the smaller one (both slots stay rooted)
  for (int64_t i = 0; i <= b->mask; ++i)
    if (b->table[i].state == 1 && set_lookup(a, b->table[i].key, b->table[i].hash) >= 0) {
      K k = b->table[i].key;
      set_add_entry(x, k, b->table[i].hash);
    }
  return x;
}

template <class K>
void gen_set_difference_update(Set<K>* a, Set<K>* b) {
  if (a == b) return gen_set_clear(a);
  gen::Rooted r(*gen::heap, a, b);
  Set<K>* other = (b->len >> 3) > a->len ? gen_set_intersection(a, b) : b;
  gen::Rooted ro(*gen::heap, other);
  for (int64_t i = 0; i <= other->mask; ++i)
    if (other->table[i].state == 1) set_discard_entry(a, other->table[i].key, other->table[i].hash);
  if (a->fill - a->len > a->mask / 4) set_table_resize(a, a->len > 50000 ? a->len * 2 : a->len * 4);
}

template <class K>
Set<K>* gen_set_difference(Set<K>* a, Set<K>* b) {
  gen::Rooted r(*gen::heap, a, b);
  if ((a->len >> 2) > b->len) {
    Set<K>* c = gen_set_copy(a);
    gen::Rooted rc(*gen::heap, c);
    gen_set_difference_update(c, b);
    return c;
  }
  Set<K>* x = gen_set_new<K>();
  gen::Rooted rx(*gen::heap, x);
  for (int64_t i = 0; i <= a->mask; ++i)
    if (a->table[i].state == 1 && set_lookup(b, a->table[i].key, a->table[i].hash) < 0) {
      K k = a->table[i].key;
      set_add_entry(x, k, a->table[i].hash);
    }
  return x;
}

template <class K>
void gen_set_symmetric_difference_update(Set<K>* a, Set<K>* b) {
  if (a == b) return gen_set_clear(a);
  gen::Rooted r(*gen::heap, a, b);
  for (int64_t i = 0; i <= b->mask; ++i) {
    if (b->table[i].state != 1) continue;
    K k = b->table[i].key;
    uint64_t h = b->table[i].hash;
    if (!set_discard_entry(a, k, h)) set_add_entry(a, k, h);
  }
}

template <class K>
Set<K>* gen_set_symmetric_difference(Set<K>* a, Set<K>* b) {
  gen::Rooted r(*gen::heap, a, b);
  Set<K>* c = gen_set_copy(b);  // CPython copies the other set and updates it with this one
  gen::Rooted rc(*gen::heap, c);
  gen_set_symmetric_difference_update(c, a);
  return c;
}

// a takes the intersection's table (the intersection is garbage afterwards): a may be old and the
// table young, hence the barrier.
template <class K>
void gen_set_intersection_update(Set<K>* a, Set<K>* b) {
  gen::Rooted r(*gen::heap, a);
  Set<K>* x = gen_set_intersection(a, b);
  gen::heap->write_barrier(a);
  *a = *x;
}

template <class T>
List<T>* gen_list_new(int64_t n, T* keep) {
  T none{};
  T& k = keep ? *keep : none;
  int64_t cap = n < 4 ? 4 : n;
  List<T>* l = nullptr;
  gen::Rooted r(*gen::heap, l, k);  // k before the header's allocation too: it may collect
  l = static_cast<List<T>*>(gen::heap->alloc(gen::list_type_id<T>()));
  void* arr = gen::heap->alloc_varsize(gen::array_type_id<T>(), cap);  // may promote l: the barrier below
  gen::heap->write_barrier(l);
  l->len = n;
  l->cap = cap;
  l->items = gen::array_items<T>(arr);
  return l;
}

template <class T>
[[gnu::noinline]] void gen_list_grow(List<T>*& l, int64_t need, T* keep) {
  T none{};
  T& k = keep ? *keep : none;
  gen::Rooted r(*gen::heap, l, k);
  int64_t cap = l->cap + (l->cap >> 1) + 8;
  if (cap < need) cap = need;
  void* arr = gen::heap->alloc_varsize(gen::array_type_id<T>(), cap);
  std::memcpy(static_cast<void*>(gen::array_items<T>(arr)), l->items, sizeof(T) * static_cast<size_t>(l->len));
  gen::heap->write_barrier(arr);  // a large array is allocated old
  gen::heap->write_barrier(l);
  l->items = gen::array_items<T>(arr);
  l->cap = cap;
}

template <class T>
[[gnu::always_inline]] inline void gen_item_barrier(List<T>* l, int64_t i) {
  if (i < 0)
    gen::heap->write_barrier(gen::list_array(l));
  else
    gen::heap->write_barrier_item(gen::list_array(l), i);
}

}  // namespace rpy

#include "rpy/gen_generator.hpp"
