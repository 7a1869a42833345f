// Allocation, the write barrier's slow paths and the minor collection (gc/heap.hpp).
#include "gc/heap.hpp"

#include <algorithm>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <new>

namespace rpy::gc {

// CPU time of the process: what a collection costs, whatever the machine's load.
uint64_t cpu_ns() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<uint64_t>(t.tv_sec) * 1000000000u + static_cast<uint64_t>(t.tv_nsec);
}

namespace {
long env_long(const char* name, long dflt) {
  const char* v = std::getenv(name);
  if (!v || !*v) return dflt;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return end && *end == '\0' && n >= 0 ? n : dflt;
}
}  // namespace

Config Config::from_env() {
  Config c;
  long nursery = env_long("RPY_GC_NURSERY", 0);
  if (nursery > 0) c.nursery_bytes = static_cast<size_t>(nursery);
  c.stress = static_cast<int>(env_long("RPY_GC_STRESS", 0));
  // A factor under 1 would collect at every minor collection; a malformed one is ignored.
  if (const char* f = std::getenv("RPY_GC_MAJOR_FACTOR"); f && std::atof(f) >= 1) c.major_factor = std::atof(f);
  if (const char* f = std::getenv("RPY_GC_MAJOR_MIN"); f && std::atof(f) > 0) c.major_min = std::atof(f);
#ifndef NDEBUG
  c.verify = true;
#endif
  if (env_long("RPY_GC_VERIFY", 0) > 0) c.verify = true;
  c.debug = env_long("RPY_GC_DEBUG", 0) > 0;
  return c;
}

Heap::Heap(Config c) : config_(c), old_(c.blocks) {
  // A nursery smaller than the largest young object (RPY_GC_NURSERY=512: docs/GC.md, "the small
  // nursery") makes the objects that do not fit old at once, as the large ones are.
  size_t n = round_up8(std::max(config_.nursery_bytes, kMinNursery));
  config_.nursery_bytes = n;
  nursery_ = static_cast<char*>(config_.scan ? std::calloc(1, n) : config_.blocks.get(n));
  if (!nursery_) throw std::bad_alloc();
  nursery_end_ = nursery_ + n;
  if (config_.scan) config_.scan(nursery_, nursery_end_);
  free_ = nursery_;
  top_ = config_.stress ? free_ : nursery_end_;
  major_threshold_ = static_cast<size_t>(config_.major_min * static_cast<double>(n));
}

Heap::~Heap() {
  if (config_.debug) print_stats(stderr);
  if (config_.scan) {
    if (config_.unscan) config_.unscan(nursery_, nursery_end_);
    std::free(nursery_);
  } else {
    config_.blocks.put(nursery_);
  }
}

void Heap::print_stats(FILE* out) const {
  const double mib = 1024.0 * 1024.0;
  std::fprintf(out,
               "gc: %llu minor, %llu major, %.1f MiB allocated, %.1f MiB promoted, %.1f MiB freed, peak old %.1f MiB, "
               "%.1f ms CPU in minor, %.1f ms CPU in major\n",
               static_cast<unsigned long long>(stats_.minor), static_cast<unsigned long long>(stats_.major),
               static_cast<double>(stats_.allocated) / mib, static_cast<double>(stats_.promoted) / mib,
               static_cast<double>(stats_.freed) / mib, static_cast<double>(stats_.peak_old) / mib,
               static_cast<double>(stats_.minor_ns) / 1e6, static_cast<double>(stats_.major_ns) / 1e6);
}

void Heap::log(const char* kind, uint64_t ns, uint64_t before) const {
  if (!config_.debug) return;
  std::fprintf(stderr, "gc: %s #%llu: %.3f ms, old %zu -> %zu bytes\n", kind,
               static_cast<unsigned long long>(kind[0] == 'm' && kind[1] == 'i' ? stats_.minor : stats_.major),
               static_cast<double>(ns) / 1e6, static_cast<size_t>(before), old_.bytes_in_use());
}

void Heap::check() {
  if (!config_.verify) return;
  auto problems = verify();
  if (problems.empty()) return;
  for (auto& p : problems) std::fprintf(stderr, "rpy gc: heap check: %s\n", p.c_str());
  std::abort();
}

void* Heap::alloc_varsize(uint32_t tid, int64_t n) {
  const TypeDesc& d = type_desc(tid);
  if (n < 0 || (d.item_size && static_cast<uint64_t>(n) > (uint64_t{1} << 47) / d.item_size)) throw std::bad_alloc();
  void* o = alloc_bytes(tid, payload_size(d, n), n);
  std::memcpy(static_cast<char*>(o) + d.length_offset, &n, sizeof n);
  return o;
}

void* Heap::alloc_nonmoving(uint32_t tid, int64_t n) {
  const TypeDesc& d = type_desc(tid);
  void* o = alloc_old(tid, kOld | kTrackYoung | kNoMove, payload_size(d, n), n);
  if (is_varsize(d)) std::memcpy(static_cast<char*>(o) + d.length_offset, &n, sizeof n);
  return o;
}

void* Heap::alloc_old(uint32_t tid, uint32_t flags, size_t payload, int64_t items) {
  if (!collecting_ && old_.bytes_in_use() + payload > major_threshold_) major_collect();
  void* o = old_.alloc(tid, flags, payload, items);
  if (!o) {
    major_collect();
    o = old_.alloc(tid, flags, payload, items);
    if (!o) throw std::bad_alloc();
  }
  stats_.allocated += payload + kHeaderSize;
  stats_.peak_old = std::max<uint64_t>(stats_.peak_old, old_.bytes_in_use());
  return o;
}

void* Heap::alloc_slow(uint32_t tid, size_t payload, int64_t items) {
  size_t total = payload + kHeaderSize;
  if (total > kMaxNurseryObject || total > static_cast<size_t>(nursery_end_ - nursery_)) {
    if (config_.stress) minor_collect();  // the collection an allocation may cause, in stress mode too
    return alloc_old(tid, kOld | kTrackYoung, payload, items);
  }
  if (config_.stress >= 2) {
    major_collect();
  } else if (config_.stress == 1) {
    if (++stress_count_ % 32 == 0)
      major_collect();
    else
      minor_collect();
  } else {
    minor_collect();
  }
  top_ = nursery_end_;
  void* o = alloc_bytes(tid, payload, items);
  if (config_.stress) top_ = free_;
  return o;
}

void Heap::remember(void* obj) {
  Header* h = header_of(obj);
  h->flags &= ~kTrackYoung;
  remembered_.push_back(obj);
  if ((h->flags & (kPrebuilt | kRootListed)) == kPrebuilt) {
    h->flags |= kRootListed;
    prebuilt_roots_.push_back(obj);
  }
}

void Heap::remember_item(void* obj, int64_t i) {
  Header* h = header_of(obj);
  if (!(h->flags & kHasCards)) {
    remember(obj);
    return;
  }
  OldSpace::cards_of(obj)[i / static_cast<int64_t>(kCardItems)] = 1;
  if (!(h->flags & kCardsMarked)) {
    h->flags |= kCardsMarked;
    carded_.push_back(obj);
  }
}

void Heap::remove_root(void* slot) {
  auto it = std::find(global_roots_.rbegin(), global_roots_.rend(), slot);
  if (it != global_roots_.rend()) global_roots_.erase(std::next(it).base());
}

void Heap::register_finalizer(void* obj) {
  header_of(obj)->flags |= kFinalizer;
  (is_young(obj) ? young_finalizable_ : old_finalizable_).push_back(obj);
}

void* Heap::next_due() {
  if (due_head_ == due_.size()) return nullptr;
  void* o = due_[due_head_];
  due_[due_head_++] = nullptr;
  if (due_head_ == due_.size()) {
    due_.clear();
    due_head_ = 0;
  }
  header_of(o)->flags &= ~kFinalizer;
  return o;
}

// ---- minor collection

void* Heap::stable_address(void* obj) {
  if (!is_young(obj)) return obj;
  if (header_of(obj)->flags & kHasShadow) return shadows_.at(obj);
  const TypeDesc& d = type_desc(header_of(obj)->tid);
  int64_t items = is_varsize(d) ? item_count(d, obj) : 0;
  // Never collects: a dict or set hashing a key holds raw pointers to its tables meanwhile. The
  // reserved bytes count towards the next major collection's threshold.
  size_t payload = payload_size(d, items);
  void* shadow = old_.alloc(header_of(obj)->tid, kOld | kTrackYoung, payload, items);
  if (!shadow) throw std::bad_alloc();
  stats_.allocated += payload + kHeaderSize;
  stats_.peak_old = std::max<uint64_t>(stats_.peak_old, old_.bytes_in_use());
  if (is_varsize(d)) std::memcpy(static_cast<char*>(shadow) + d.length_offset, &items, sizeof items);
  header_of(obj)->flags |= kHasShadow;
  shadows_.emplace(obj, shadow);
  return shadow;
}

void* Heap::copy(void* obj) {
  Header* h = header_of(obj);
  const TypeDesc& d = type_desc(h->tid);
  int64_t items = is_varsize(d) ? item_count(d, obj) : 0;
  size_t size = payload_size(d, items);
  void* to = nullptr;
  if (h->flags & kHasShadow) {
    auto it = shadows_.find(obj);
    to = it->second;
    shadows_.erase(it);
    header_of(to)->flags |= h->flags & kFinalizer;
  } else {
    to = old_.alloc(h->tid, (h->flags & kFinalizer) | kOld | kTrackYoung, size, items, /*zero=*/false);
  }
  if (!to) {
    std::fprintf(stderr, "rpy gc: out of memory while copying the nursery's survivors\n");
    std::abort();
  }
  std::memcpy(to, obj, size);
  for (uint32_t off : d.inner_offsets) {
    auto* p = static_cast<char*>(load_ref(static_cast<char*>(to) + off));
    auto* from = static_cast<char*>(obj);
    if (p >= from && p < from + size) store_ref(static_cast<char*>(to) + off, static_cast<char*>(to) + (p - from));
  }
  h->flags |= kForwarded;
  store_ref(obj, to);
  stats_.promoted += size + kHeaderSize;
  grey_.push_back(to);
  return to;
}

void Heap::visit_young(void* slot, void* heap) {
  auto* self = static_cast<Heap*>(heap);
  void* p = load_ref(slot);
  if (!p || !self->is_young(p)) return;
  void* to = (header_of(p)->flags & kForwarded) ? load_ref(p) : self->copy(p);
  store_ref(slot, to);
}

void Heap::drain_grey_minor() {
  while (!grey_.empty()) {
    void* o = grey_.back();
    grey_.pop_back();
    trace_object(type_desc(header_of(o)->tid), o, visit_young, this);
  }
}

void Heap::reset_nursery() {
  std::memset(nursery_, 0, static_cast<size_t>(free_ - nursery_));
  free_ = nursery_;
  shadows_.clear();  // the shadows of dead young objects are unreachable old objects now
  top_ = config_.stress ? free_ : nursery_end_;
}

void Heap::minor_collect() {
  minor_step();
  if (old_.bytes_in_use() > major_threshold_ && config_.stress < 2) major_step();
}

void Heap::major_collect() {
  minor_step();
  major_step();
}

void Heap::minor_step() {
  uint64_t t0 = cpu_ns();
  uint64_t before = old_.bytes_in_use();
  collecting_ = true;
  for_each_root([&](void* slot) { visit_young(slot, this); });
  for (void* o : remembered_) {
    header_of(o)->flags |= kTrackYoung;
    trace_object(type_desc(header_of(o)->tid), o, visit_young, this);
  }
  remembered_.clear();
  for (void* o : carded_) {
    Header* h = header_of(o);
    h->flags &= ~kCardsMarked;
    const TypeDesc& d = type_desc(h->tid);
    int64_t n = item_count(d, o);
    uint8_t* cards = OldSpace::cards_of(o);
    for (int64_t c = 0; c < OldSpace::card_count(n); ++c) {
      if (!cards[c]) continue;
      cards[c] = 0;
      int64_t lo = c * static_cast<int64_t>(kCardItems);
      trace_items(d, o, lo, std::min(n, lo + static_cast<int64_t>(kCardItems)), visit_young, this);
    }
  }
  carded_.clear();
  drain_grey_minor();
  // Young objects with __del__ that nothing reached: kept alive, with what they reach, and queued.
  for (void* o : young_finalizable_) {
    if (header_of(o)->flags & kForwarded) {
      old_finalizable_.push_back(load_ref(o));
      continue;
    }
    due_.push_back(copy(o));
    drain_grey_minor();
  }
  young_finalizable_.clear();
  for (void* o : young_destructed_)
    if (!(header_of(o)->flags & kForwarded)) type_desc(header_of(o)->tid).destructor(o);
  young_destructed_.clear();
  reset_nursery();
  collecting_ = false;
  ++stats_.minor;
  stats_.peak_old = std::max<uint64_t>(stats_.peak_old, old_.bytes_in_use());
  uint64_t ns = cpu_ns() - t0;
  stats_.minor_ns += ns;
  log("minor", ns, before);
  check();
}

}  // namespace rpy::gc
