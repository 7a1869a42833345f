// The type registry of rpy's own collector: what the collector knows of each C++ type whose
// objects live in its heap (size, where the references are). docs/GC.md, "Object header".
#pragma once
#include <cstdint>
#include <vector>

#include "gc/header.hpp"

namespace rpy::gc {

// visit(slot, ctx) is called with the address of every reference slot of an object.
using VisitFn = void (*)(void* slot, void* ctx);
using TraceFn = void (*)(void* obj, VisitFn visit, void* ctx);

struct TypeDesc {
  const char* name = "?";
  uint32_t fixed_size = 8;                  // bytes of the fixed part
  uint32_t item_size = 0;                   // 0: fixed size; else bytes per item, items after the fixed part
  uint32_t length_offset = 0;               // varsize: offset of the int64 item count in the fixed part
  std::vector<uint32_t> ptr_offsets;        // references in the fixed part
  std::vector<uint32_t> item_ptr_offsets;   // references inside each item
  std::vector<uint32_t> inner_offsets;      // fields that may point into the object itself
  TraceFn trace = nullptr;                  // used instead of the offsets when set
  void (*destructor)(void* obj) = nullptr;  // light finalizer: runs when the object dies
};

// The registry: index 0 marks a free slot. Ids are shared by every heap of the process.
inline std::vector<TypeDesc>& type_registry() {
  static std::vector<TypeDesc> r(1);
  return r;
}
// Registers a type; returns its id (>= 1).
uint32_t register_type(TypeDesc d);
inline const TypeDesc& type_desc(uint32_t tid) { return type_registry()[tid]; }
inline uint32_t type_count() { return static_cast<uint32_t>(type_registry().size() - 1); }  // ids are 1 .. type_count()

inline bool is_varsize(const TypeDesc& d) { return d.item_size != 0; }
inline int64_t item_count(const TypeDesc& d, const void* obj) {
  int64_t n;
  std::memcpy(&n, static_cast<const char*>(obj) + d.length_offset, sizeof n);
  return n;
}
// Bytes of the object (without its header), rounded to 8, at least 8.
inline size_t payload_size(const TypeDesc& d, int64_t items) {
  size_t n = d.fixed_size + d.item_size * static_cast<size_t>(items);
  return n < 8 ? 8 : round_up8(n);
}
inline size_t object_size(const TypeDesc& d, const void* obj) { return payload_size(d, is_varsize(d) ? item_count(d, obj) : 0); }
inline bool has_item_refs(const TypeDesc& d) { return is_varsize(d) && !d.item_ptr_offsets.empty() && !d.trace; }

// Calls visit on the reference slots of items [lo, hi) of a varsize object.
inline void trace_items(const TypeDesc& d, void* obj, int64_t lo, int64_t hi, VisitFn visit, void* ctx) {
  char* items = static_cast<char*>(obj) + d.fixed_size;
  for (int64_t i = lo; i < hi; ++i)
    for (uint32_t off : d.item_ptr_offsets) visit(items + static_cast<size_t>(i) * d.item_size + off, ctx);
}
// Calls visit on every reference slot of obj.
inline void trace_object(const TypeDesc& d, void* obj, VisitFn visit, void* ctx) {
  if (d.trace) {
    d.trace(obj, visit, ctx);
    return;
  }
  for (uint32_t off : d.ptr_offsets) visit(static_cast<char*>(obj) + off, ctx);
  if (is_varsize(d) && !d.item_ptr_offsets.empty()) trace_items(d, obj, 0, item_count(d, obj), visit, ctx);
}

}  // namespace rpy::gc
