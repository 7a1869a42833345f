// The major collection: mark from the roots, resurrect what has a __del__, sweep (gc/heap.hpp).
#include <algorithm>

#include "gc/heap.hpp"

namespace rpy::gc {

void Heap::mark(void* obj) {
  if (!obj) return;
  Header* h = header_of(obj);
  if (h->flags & (kMarked | kPrebuilt)) return;  // prebuilt objects are traced as roots, if ever written
  h->flags |= kMarked;
  grey_.push_back(obj);
}

void Heap::visit_mark(void* slot, void* heap) { static_cast<Heap*>(heap)->mark(load_ref(slot)); }

void Heap::drain_grey_major() {
  while (!grey_.empty()) {
    void* o = grey_.back();
    grey_.pop_back();
    trace_object(type_desc(header_of(o)->tid), o, visit_mark, this);
  }
}

void Heap::major_step() {
  uint64_t t0 = cpu_ns();
  uint64_t before = old_.bytes_in_use();
  collecting_ = true;
  for_each_root([&](void* slot) { mark(load_ref(slot)); });
  for (void* o : prebuilt_roots_) trace_object(type_desc(header_of(o)->tid), o, visit_mark, this);
  drain_grey_major();
  // Objects with __del__ that nothing reached: kept alive, with what they reach, and queued.
  std::vector<void*> still;
  for (void* o : old_finalizable_) {
    if (!(header_of(o)->flags & kFinalizer)) continue;  // already queued
    if (header_of(o)->flags & kMarked) {
      still.push_back(o);
      continue;
    }
    mark(o);
    drain_grey_major();
    due_.push_back(o);
  }
  old_finalizable_.swap(still);
  old_.sweep();
  collecting_ = false;
  uint64_t after = old_.bytes_in_use();
  stats_.freed += before > after ? before - after : 0;
  major_threshold_ = std::max(static_cast<size_t>(static_cast<double>(after) * config_.major_factor),
                              static_cast<size_t>(config_.major_min * static_cast<double>(config_.nursery_bytes)));
  ++stats_.major;
  uint64_t ns = cpu_ns() - t0;
  stats_.major_ns += ns;
  log("major", ns, before);
  check();
}

}  // namespace rpy::gc
