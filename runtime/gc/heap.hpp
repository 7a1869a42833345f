// rpy's own collector: a precise, generational heap whose young objects are copied (docs/GC.md).
// A nursery allocated by bumping a pointer; minor collections copy its survivors to the old
// space (gc/old_space.hpp), which a major collection marks and sweeps. Roots are the frames of
// the shadow stack (gc::Roots), registered global slots, the finalizer queue, and the slots
// that root walkers list (suspended generators' frames).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "gc/old_space.hpp"
#include "gc/types.hpp"

namespace rpy::gc {

constexpr size_t kMaxNurseryObject = 32 * 1024;  // bigger objects are allocated old directly
// A major collection runs when the old space has grown to kMajorFactor times what was live after
// the previous one (and to at least kMajorFactor nurseries: incminimark's smallest heap). RPython's
// default factor is 1.82; 1.5 costs no measurable time on binary-trees and cuts its peak RSS by a
// fifth (docs/GC.md, step 3d).
constexpr double kMajorFactor = 1.5;
constexpr size_t kMinNursery = 64;  // bytes: a smaller RPY_GC_NURSERY is taken as this

uint64_t cpu_ns();  // CPU time of the process, for the statistics

// One frame of the shadow stack: the addresses of n reference-holding variables.
struct RootFrame {
  RootFrame* prev;
  size_t n;
  void* const* slots;
};

struct Config {
  size_t nursery_bytes = size_t{4} << 20;
  double major_factor = kMajorFactor;  // RPY_GC_MAJOR_FACTOR: the old space's growth before a major collection
  double major_min = kMajorFactor;     // RPY_GC_MAJOR_MIN: the smallest major threshold, in nurseries
  int stress = 0;                      // 1: a minor collection at every allocation (a major at every 32nd); 2: a major at every one
  bool verify = false;                 // verify the heap after every collection (aborting on a problem)
  bool debug = false;                  // a line per collection on stderr, statistics when the heap is destroyed
  // Where the nursery, the old space's pages and its large blocks come from (zeroed memory) and
  // go back to; calloc and free when null. A program whose objects hold references to Boehm's
  // objects (strings, lists of numbers: docs/GC.md, "Values of Boehm's heap held by rpy's") gives
  // Boehm's uncollectable allocation here, so that Boehm scans rpy's heap for them.
  BlockAlloc blocks{};
  // The nursery instead (a program whose objects hold Boehm's: calloc'd, and registered with Boehm
  // as a root range by `scan`, unregistered by `unscan`, so that Boehm scans it without counting
  // it in its heap's size nor touching its pages up front). Null: from `blocks`.
  void (*scan)(void* lo, void* hi) = nullptr;
  void (*unscan)(void* lo, void* hi) = nullptr;
  // RPY_GC_NURSERY, RPY_GC_MAJOR_FACTOR, RPY_GC_MAJOR_MIN, RPY_GC_STRESS, RPY_GC_VERIFY,
  // RPY_GC_DEBUG; verify is on in debug builds.
  static Config from_env();
};

struct Stats {
  uint64_t minor = 0, major = 0;
  uint64_t allocated = 0;  // bytes, headers included
  uint64_t promoted = 0;   // bytes copied out of the nursery
  uint64_t freed = 0;      // bytes freed by major collections
  uint64_t peak_old = 0;   // bytes in the old space at most
  uint64_t minor_ns = 0, major_ns = 0;
};

class Heap {
 public:
  explicit Heap(Config c = Config{});
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // A zeroed object of type tid (fixed size) or with n items (varsize; its length field set). The
  // caller's references must be rooted: this may collect.
  void* alloc(uint32_t tid) { return alloc_bytes(tid, payload_size(type_desc(tid), 0), 0); }
  void* alloc_varsize(uint32_t tid, int64_t n);
  // An object that never moves (allocated old), for addresses C++ keeps where the collector
  // cannot update them (exceptions in flight).
  void* alloc_nonmoving(uint32_t tid, int64_t n = 0);

  // The write barrier: before storing a reference into obj (or into item i of a varsize obj).
  void write_barrier(void* obj) {
    if (__builtin_expect(header_of(obj)->flags & kTrackYoung, 0)) remember(obj);
  }
  void write_barrier_item(void* obj, int64_t i) {
    if (__builtin_expect(header_of(obj)->flags & kTrackYoung, 0)) remember_item(obj, i);
  }
  void remember(void* obj);
  void remember_item(void* obj, int64_t i);

  void minor_collect();
  void major_collect();  // a minor collection first

  // Roots besides the shadow stack: a global slot holding a reference.
  void add_root(void* slot) { global_roots_.push_back(slot); }
  void remove_root(void* slot);
  // Roots that only the runtime's own code can enumerate (the frames of suspended generators,
  // rpy/gen_generator.hpp): each collection calls walk(visit, ctx, arg), which calls visit(slot,
  // ctx) on every slot. The walker may not allocate on this heap.
  using RootWalk = void (*)(VisitFn visit, void* ctx, void* arg);
  void add_root_walker(RootWalk walk, void* arg) { root_walkers_.push_back({walk, arg}); }
  RootFrame* roots_top = nullptr;  // the shadow stack (gc::Roots links its frames here)

  // Objects with __del__: found unreachable, they are kept alive (with what they reach) and
  // queued; next_due() hands them out one at a time, oldest first, with the flag cleared (the
  // caller roots the object while its __del__ runs: it is off the queue, which was its root).
  void register_finalizer(void* obj);
  void* next_due();
  size_t due_count() const { return due_.size() - due_head_; }

  // An address that stays the object's for its whole life, for identity hashes (dicts and sets
  // keyed by instances): the object itself once old; for a young one, the old copy reserved now,
  // into which the next minor collection copies it. Never collects (a dict hashing a key holds
  // raw pointers to its tables).
  void* stable_address(void* obj);

  bool is_young(const void* p) const {
    auto* c = static_cast<const char*>(p);
    return c >= nursery_ && c < nursery_end_;
  }
  // Problems found in the heap's invariants (empty when it is consistent); see docs/GC.md.
  std::vector<std::string> verify() const;
  const Stats& stats() const { return stats_; }
  size_t old_bytes() const { return old_.bytes_in_use(); }
  void print_stats(FILE* out) const;
  const Config& config() const { return config_; }

 private:
  Config config_;
  char* nursery_ = nullptr;
  char* nursery_end_ = nullptr;
  char* free_ = nullptr;  // the bump pointer
  char* top_ = nullptr;   // end of what the bump may use (free_ in stress mode)
  OldSpace old_;
  size_t major_threshold_;
  uint64_t stress_count_ = 0;
  bool collecting_ = false;

  std::vector<void*> global_roots_;
  struct RootWalker {
    RootWalk walk;
    void* arg;
  };
  std::vector<RootWalker> root_walkers_;
  std::vector<void*> remembered_;      // old objects that may point to young ones
  std::vector<void*> carded_;          // large arrays with marked cards
  std::vector<void*> prebuilt_roots_;  // prebuilt objects ever written
  std::vector<void*> grey_;            // copied (minor) or marked (major), not yet traced
  std::vector<void*> young_finalizable_, old_finalizable_;
  std::vector<void*> young_destructed_;       // young objects whose type has a light destructor
  std::vector<void*> due_;                    // finalizer queue: a root
  std::unordered_map<void*, void*> shadows_;  // young object -> its reserved old copy
  size_t due_head_ = 0;
  Stats stats_;

  void* alloc_bytes(uint32_t tid, size_t payload, int64_t items) {
    size_t total = payload + kHeaderSize;
    char* p = free_;
    if (__builtin_expect(static_cast<size_t>(top_ - p) < total || total > kMaxNurseryObject, 0)) return alloc_slow(tid, payload, items);
    free_ = p + total;
    auto* h = reinterpret_cast<Header*>(p);
    h->tid = tid;
    h->flags = 0;
    stats_.allocated += total;
    if (__builtin_expect(type_desc(tid).destructor != nullptr, 0)) young_destructed_.push_back(p + kHeaderSize);
    return p + kHeaderSize;
  }
  void* alloc_slow(uint32_t tid, size_t payload, int64_t items);
  void* alloc_old(uint32_t tid, uint32_t flags, size_t payload, int64_t items);
  void reset_nursery();
  void after_old_growth();

  void minor_step();  // a minor collection alone
  void major_step();  // a major collection alone: the nursery is empty
  // minor collection
  template <class F>
  void for_each_root(F&& f);
  static void visit_young(void* slot, void* heap);
  void* copy(void* obj);
  void drain_grey_minor();
  // major collection
  static void visit_mark(void* slot, void* heap);
  void mark(void* obj);
  void drain_grey_major();
  void log(const char* kind, uint64_t ns, uint64_t before) const;
  void check();  // verify() and abort on a problem, when config_.verify
};

template <class F>
inline void Heap::for_each_root(F&& f) {
  for (RootFrame* fr = roots_top; fr; fr = fr->prev)
    for (size_t i = 0; i < fr->n; ++i) f(fr->slots[i]);
  for (void* slot : global_roots_) f(slot);
  for (size_t i = due_head_; i < due_.size(); ++i) f(&due_[i]);
  using Fn = std::remove_reference_t<F>;
  for (const RootWalker& w : root_walkers_) w.walk([](void* slot, void* fn) { (*static_cast<Fn*>(fn))(slot); }, &f, w.arg);
}

// Links the addresses of reference-holding variables on a heap's shadow stack for its lifetime:
// `gc::Roots r(heap, a, b);` (a, b: pointers to heap objects, or null).
template <size_t N>
struct Roots {
  RootFrame frame;
  void* slots[N];
  Heap& heap;
  template <class... T>
  explicit Roots(Heap& h, T*&... vars) : frame{h.roots_top, N, slots}, slots{static_cast<void*>(&vars)...}, heap(h) {
    h.roots_top = &frame;
  }
  ~Roots() { heap.roots_top = frame.prev; }
  Roots(const Roots&) = delete;
  Roots& operator=(const Roots&) = delete;
};
template <class... T>
Roots(Heap&, T*&...) -> Roots<sizeof...(T)>;

}  // namespace rpy::gc
