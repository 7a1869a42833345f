// What programs translated with --gc=gen use of rpy's own collector (docs/GC.md, step 3): the
// program's heap, allocation of its instances in the nursery, their type descriptors, the write
// barrier, and the root frames of its functions. Included by generated code only under --gc=gen;
// everything else (strings, the runtime's containers, exceptions) stays on Boehm's heap, and
// codegen refuses programs where one heap would hold references into the other.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <new>
#include <tuple>
#include <utility>
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
  if (heap->config().debug) std::atexit(print_stats_at_exit);
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
  gc::Layout<V>::add(v, static_cast<uint32_t>(offset));
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

}  // namespace rpy::gen

namespace rpy {

template <class T>
List<T>* gen_list_new(int64_t n, T* keep) {
  T none{};
  T& k = keep ? *keep : none;
  int64_t cap = n < 4 ? 4 : n;
  auto* l = static_cast<List<T>*>(gen::heap->alloc(gen::list_type_id<T>()));
  gen::Rooted r(*gen::heap, l, k);
  void* arr = gen::heap->alloc_varsize(gc::array_type_id<T>(), cap);  // may promote l: the barrier below
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
  void* arr = gen::heap->alloc_varsize(gc::array_type_id<T>(), cap);
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
