// The old space of rpy's own collector: objects that never move again. Small objects live in
// 64 KiB pages of one size class each, large ones in blocks of their own (a large array of
// references with a card table in front of its header). docs/GC.md, "Old space".
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/types.hpp"

namespace rpy::gc {

// How the heap gets its memory (gc::Config::blocks): zeroed blocks. With `clear_freed`, the sweep
// zeroes what it frees, so that a freed slot keeps nothing alive for a collector that scans the
// heap's blocks conservatively (Boehm, when it does).
struct BlockAlloc {
  void* (*alloc)(size_t bytes) = nullptr;  // null: calloc
  void (*free)(void* block) = nullptr;     // null: free
  bool clear_freed = false;
  void* get(size_t bytes) const;
  void put(void* block) const;
};

constexpr size_t kPageBytes = 64 * 1024;
constexpr size_t kMaxSmall = 512;  // largest slot (header included) of a size-class page

class OldSpace {
 public:
  explicit OldSpace(BlockAlloc blocks = {}) : blocks_(blocks) {}
  ~OldSpace();
  OldSpace(const OldSpace&) = delete;
  OldSpace& operator=(const OldSpace&) = delete;

  // An object of `payload` bytes (a multiple of 8) with its header set to (tid, flags), zeroed
  // unless the caller fills it whole (a copy); `items` is the item count of a varsize object (its
  // card table's size). Null when out of memory.
  void* alloc(uint32_t tid, uint32_t flags, size_t payload, int64_t items, bool zero = true);

  // Frees what is not marked (running light destructors), clears the marks of what is.
  void sweep();
  // Calls f(obj) on every object.
  template <class F>
  void for_each(F&& f) const;

  size_t bytes_in_use() const { return in_use_; }
  static uint8_t* cards_of(void* obj);  // the card table of a kHasCards object
  static int64_t card_count(int64_t items) { return (items + static_cast<int64_t>(kCardItems) - 1) / static_cast<int64_t>(kCardItems); }

 private:
  struct Page {
    char* mem;
    uint32_t slot;  // bytes per slot, header included
  };
  struct Large {
    char* block;   // what malloc returned
    size_t bytes;  // the whole block
    Header* h;
  };
  static constexpr size_t kClasses = kMaxSmall / 8 + 1;
  void* free_[kClasses] = {};  // per size class: free slots, linked through their payload
  std::vector<Page> pages_;
  std::vector<char*> spare_;  // empty pages kept for reuse (at most a quarter of those in use)
  std::vector<Large> large_;
  size_t in_use_ = 0;
  BlockAlloc blocks_;

  bool add_page(size_t cls);
};

template <class F>
void OldSpace::for_each(F&& f) const {
  for (const Page& p : pages_)
    for (size_t off = 0; off + p.slot <= kPageBytes; off += p.slot) {
      auto* h = reinterpret_cast<Header*>(p.mem + off);
      if (h->tid != 0) f(object_of(h));
    }
  for (const Large& l : large_) f(object_of(l.h));
}

}  // namespace rpy::gc
