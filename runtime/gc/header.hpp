// The header word in front of every object of rpy's own collector (docs/GC.md, "Object header").
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace rpy::gc {

enum Flag : uint32_t {
  kOld = 1u << 0,          // old space, large, or prebuilt; unset: young (in the nursery)
  kTrackYoung = 1u << 1,   // old and not remembered: the write barrier must record it
  kHasCards = 1u << 2,     // large array of references with a card table before its header
  kCardsMarked = 1u << 3,  // on the list of objects with marked cards
  kFinalizer = 1u << 4,    // has a __del__ not queued yet
  kForwarded = 1u << 5,    // young and copied: the object's first word is its new address
  kMarked = 1u << 6,       // reached by the current major collection
  kPrebuilt = 1u << 7,     // static storage emitted by codegen: never moved, never swept
  kNoMove = 1u << 8,       // allocated old because its address must never change
  kLarge = 1u << 9,        // a block of its own (not in a size-class page)
  kRootListed = 1u << 10,  // prebuilt and on the list of prebuilt roots
  kHasShadow = 1u << 11,   // young, and its old copy is reserved already (Heap::stable_address)
};

struct Header {
  uint32_t tid;  // index in the type registry; 0 marks a free slot
  uint32_t flags;
};
constexpr size_t kHeaderSize = sizeof(Header);
constexpr size_t kCardItems = 128;  // items per card of a large array

inline Header* header_of(const void* obj) {
  return reinterpret_cast<Header*>(const_cast<char*>(static_cast<const char*>(obj)) - kHeaderSize);
}
inline void* object_of(Header* h) { return reinterpret_cast<char*>(h) + kHeaderSize; }
inline constexpr size_t round_up8(size_t n) { return (n + 7) & ~size_t{7}; }

// A slot holding a reference, read and written without assuming its C++ type (a local `A*`, a
// field, an item): the collector updates slots of every pointer type through these.
inline void* load_ref(const void* slot) {
  void* p;
  std::memcpy(&p, slot, sizeof p);
  return p;
}
inline void store_ref(void* slot, void* p) { std::memcpy(slot, &p, sizeof p); }

}  // namespace rpy::gc
