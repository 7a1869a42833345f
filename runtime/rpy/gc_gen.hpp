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
#include <utility>

#include "gc/heap.hpp"
#include "gc/types.hpp"

namespace rpy::gen {

inline gc::Heap* heap = nullptr;  // created by start(), before the program's code runs

inline void print_stats_at_exit() { heap->print_stats(stderr); }

// Creates the heap from the environment (RPY_GC_NURSERY, RPY_GC_STRESS, RPY_GC_VERIFY,
// RPY_GC_DEBUG: docs/GC.md). The heap lives until the process ends.
inline void start() {
  heap = new gc::Heap(gc::Config::from_env());
  if (heap->config().debug) std::atexit(print_stats_at_exit);
}

// Registers a class of the program: its size and the offsets of its reference fields.
inline uint32_t register_class(const char* name, size_t size, std::initializer_list<size_t> refs) {
  gc::TypeDesc d;
  d.name = name;
  d.fixed_size = static_cast<uint32_t>(size);
  for (size_t off : refs) d.ptr_offsets.push_back(static_cast<uint32_t>(off));
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

}  // namespace rpy::gen
