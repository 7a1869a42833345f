// The old space (gc/old_space.hpp).
#include "gc/old_space.hpp"

#include <cstdlib>
#include <cstring>

namespace rpy::gc {

void* BlockAlloc::get(size_t bytes) const { return alloc ? alloc(bytes) : std::calloc(1, bytes); }
void BlockAlloc::put(void* block) const { free ? free(block) : std::free(block); }

OldSpace::~OldSpace() {
  for (Page& p : pages_) blocks_.put(p.mem);
  for (char* m : spare_) blocks_.put(m);
  for (Large& l : large_) blocks_.put(l.block);
}

uint8_t* OldSpace::cards_of(void* obj) {
  Header* h = header_of(obj);
  const TypeDesc& d = type_desc(h->tid);
  size_t area = round_up8(static_cast<size_t>(card_count(item_count(d, obj))));
  return reinterpret_cast<uint8_t*>(h) - area;
}

bool OldSpace::add_page(size_t cls) {
  char* mem = nullptr;
  if (!spare_.empty()) {
    mem = spare_.back();
    spare_.pop_back();
  } else {
    // Nothing needs a page aligned: plain calloc keeps it under glibc's mmap threshold (an
    // aligned 64 KiB block is asked as 128 KiB and mapped and unmapped one by one: on
    // binary-trees that was more system time than the whole program's user time).
    mem = static_cast<char*>(blocks_.get(kPageBytes));
    if (!mem) return false;
  }
  std::memset(mem, 0, kPageBytes);
  auto slot = static_cast<uint32_t>(cls * 8);
  pages_.push_back(Page{mem, slot});
  // Thread the slots on the free list in address order.
  void* head = free_[cls];
  size_t n = kPageBytes / slot;
  for (size_t i = n; i-- > 0;) {
    char* s = mem + i * slot;
    store_ref(s + kHeaderSize, head);
    head = s;
  }
  free_[cls] = head;
  return true;
}

void* OldSpace::alloc(uint32_t tid, uint32_t flags, size_t payload, int64_t items, bool zero) {
  size_t total = payload + kHeaderSize;
  if (total <= kMaxSmall) {
    size_t cls = total / 8;
    if (!free_[cls] && !add_page(cls)) return nullptr;
    char* s = static_cast<char*>(free_[cls]);
    free_[cls] = load_ref(s + kHeaderSize);
    if (zero) std::memset(s + kHeaderSize, 0, cls * 8 - kHeaderSize);
    auto* h = reinterpret_cast<Header*>(s);
    h->tid = tid;
    h->flags = flags & ~kLarge;
    in_use_ += cls * 8;
    return object_of(h);
  }
  const TypeDesc& d = type_desc(tid);
  bool cards = has_item_refs(d) && items > 0;
  size_t area = cards ? round_up8(static_cast<size_t>(card_count(items))) : 0;
  size_t bytes = area + total;
  char* block = static_cast<char*>(blocks_.get(bytes));
  if (!block) return nullptr;
  auto* h = reinterpret_cast<Header*>(block + area);
  h->tid = tid;
  h->flags = (flags | kLarge | (cards ? kHasCards : 0u)) & ~kCardsMarked;
  large_.push_back(Large{block, bytes, h});
  in_use_ += bytes;
  return object_of(h);
}

void OldSpace::sweep() {
  for (void*& f : free_) f = nullptr;
  std::vector<Page> kept;
  kept.reserve(pages_.size());
  for (Page& p : pages_) {
    size_t n = kPageBytes / p.slot;
    size_t live = 0;
    for (size_t i = 0; i < n; ++i) {
      auto* h = reinterpret_cast<Header*>(p.mem + i * p.slot);
      if (h->tid == 0) continue;
      if (h->flags & kMarked) {
        h->flags &= ~kMarked;
        ++live;
        continue;
      }
      if (auto* dtor = type_desc(h->tid).destructor) dtor(object_of(h));
      if (blocks_.clear_freed) std::memset(object_of(h), 0, p.slot - kHeaderSize);
      h->tid = 0;
      in_use_ -= p.slot;
    }
    if (live == 0) {  // every slot free: kept for reuse, or given back to the system
      spare_.push_back(p.mem);
      continue;
    }
    size_t cls = p.slot / 8;
    for (size_t i = n; i-- > 0;) {
      char* s = p.mem + i * p.slot;
      if (reinterpret_cast<Header*>(s)->tid != 0) continue;
      store_ref(s + kHeaderSize, free_[cls]);
      free_[cls] = s;
    }
    kept.push_back(p);
  }
  pages_.swap(kept);
  while (spare_.size() > pages_.size() / 4 + 4) {
    blocks_.put(spare_.back());
    spare_.pop_back();
  }
  std::vector<Large> large;
  large.reserve(large_.size());
  for (Large& l : large_) {
    if (l.h->flags & kMarked) {
      l.h->flags &= ~kMarked;
      large.push_back(l);
      continue;
    }
    if (auto* dtor = type_desc(l.h->tid).destructor) dtor(object_of(l.h));
    in_use_ -= l.bytes;
    blocks_.put(l.block);
  }
  large_.swap(large);
}

}  // namespace rpy::gc
