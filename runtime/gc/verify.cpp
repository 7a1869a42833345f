// Heap verification: the invariants of docs/GC.md, checked by walking every object (gc/heap.hpp).
#include <cinttypes>
#include <cstdio>
#include <unordered_set>

#include "gc/heap.hpp"

namespace rpy::gc {

namespace {

std::string describe(const void* p) {
  char buf[96];
  const Header* h = header_of(p);
  const char* name = h->tid >= 1 && h->tid <= type_count() ? type_desc(h->tid).name : "?";
  std::snprintf(buf, sizeof buf, "%s at %p", name, p);
  return buf;
}

struct Checker {
  const Heap* heap;
  std::unordered_set<const void*> old_objs, young_objs;
  std::vector<std::string>* problems;
  // The object whose slots are being checked (null for a root), and whether a young reference in
  // the current slot is covered by the write barrier's records.
  const void* holder = nullptr;
  bool holder_tracks = false;
  int64_t items_lo = 0;  // card-marked holders: the first slot of the current item range

  void problem(const std::string& s) {
    if (problems->size() < 50) problems->push_back(s);
  }
  std::string where() const { return holder ? describe(holder) : std::string("a root"); }

  void check_ref(void* slot) {
    void* p = load_ref(slot);
    if (!p) return;
    if (heap->is_young(p)) {
      if (!young_objs.count(p)) {
        problem(where() + " points into the nursery at " + describe(p) + ", which is not an object (a stale reference)");
        return;
      }
      if (header_of(p)->flags & kForwarded) problem(where() + " points to the forwarded " + describe(p));
      if (holder && holder_tracks)
        problem(where() + " points to the young " + describe(p) + " but is not remembered (a missing write barrier)");
      return;
    }
    const Header* h = header_of(p);
    if (h->flags & kPrebuilt) {
      if (h->tid < 1 || h->tid > type_count()) problem(where() + " points to a prebuilt object of unknown type at " + describe(p));
      return;
    }
    if (!old_objs.count(p)) problem(where() + " points to " + describe(p) + ", which is not a live object (freed or foreign)");
  }
  static void visit(void* slot, void* self) { static_cast<Checker*>(self)->check_ref(slot); }

  void check_object(void* o) {
    const Header* h = header_of(o);
    const TypeDesc& d = type_desc(h->tid);
    holder = o;
    holder_tracks = (h->flags & kOld) && (h->flags & kTrackYoung);
    if (h->flags & kMarked) problem(describe(o) + " is still marked outside a major collection");
    if ((h->flags & kHasCards) && holder_tracks && !d.trace) {
      // Items are covered by their cards; the fixed part by the object's own record.
      for (uint32_t off : d.ptr_offsets) check_ref(static_cast<char*>(o) + off);
      int64_t n = item_count(d, o);
      const uint8_t* cards = OldSpace::cards_of(o);
      for (int64_t c = 0; c < OldSpace::card_count(n); ++c) {
        holder_tracks = cards[c] == 0;
        int64_t lo = c * static_cast<int64_t>(kCardItems);
        int64_t hi = lo + static_cast<int64_t>(kCardItems) < n ? lo + static_cast<int64_t>(kCardItems) : n;
        trace_items(d, o, lo, hi, visit, this);
      }
      return;
    }
    trace_object(d, o, visit, this);
  }
};

}  // namespace

std::vector<std::string> Heap::verify() const {
  std::vector<std::string> problems;
  Checker c{this, {}, {}, &problems};
  old_.for_each([&](void* o) {
    const Header* h = header_of(o);
    if (h->tid < 1 || h->tid > type_count())
      c.problem("an old object at " + describe(o) + " has an unknown type id");
    else if (!(h->flags & kOld) || (h->flags & kForwarded))
      c.problem("the old " + describe(o) + " has the flags of a young object");
    else
      c.old_objs.insert(o);
  });
  for (char* p = nursery_; p < free_;) {
    auto* h = reinterpret_cast<Header*>(p);
    void* o = object_of(h);
    if (h->tid < 1 || h->tid > type_count()) {
      c.problem("the nursery holds an object of unknown type at " + describe(o));
      break;
    }
    if (h->flags & kForwarded) {
      c.problem("the nursery holds the forwarded " + describe(o) + " outside a collection");
      break;
    }
    c.young_objs.insert(o);
    p += kHeaderSize + object_size(type_desc(h->tid), o);
  }
  if (collecting_) return problems;
  for (RootFrame* fr = roots_top; fr; fr = fr->prev)
    for (size_t i = 0; i < fr->n; ++i) c.check_ref(fr->slots[i]);
  for (void* slot : global_roots_) c.check_ref(slot);
  for (const RootWalker& w : root_walkers_) w.walk(Checker::visit, &c, w.arg);
  for (size_t i = due_head_; i < due_.size(); ++i) c.check_ref(const_cast<void**>(&due_[i]));
  for (const void* o : c.old_objs) c.check_object(const_cast<void*>(o));
  for (const void* o : c.young_objs) c.check_object(const_cast<void*>(o));
  for (void* o : prebuilt_roots_) c.check_object(o);
  return problems;
}

}  // namespace rpy::gc
