// rpy's own collector (runtime/gc, docs/GC.md): object graphs built by hand, collected, and
// checked object by object.
#include <gtest/gtest.h>

#include <cstddef>
#include <algorithm>
#include <cstring>
#include <tuple>
#include <vector>

#include "gc/heap.hpp"
#include "gc/layout.hpp"

using namespace rpy::gc;

namespace {

struct Node {
  int64_t value;
  Node* left;
  Node* right;
};
struct PtrArray {  // varsize: len references
  int64_t len;
  void* items[1];
};
struct Bytes {  // varsize, pointer-free (a string)
  int64_t len;
  char data[1];
};
struct Pair {
  int64_t key;
  Node* node;
};
struct PairArray {  // varsize: items holding a number and a reference
  int64_t len;
  Pair items[1];
};
struct SmallList {  // items either inline (pointing into the list itself) or in a PtrArray
  int64_t len;
  void** items;
  void* inline_items[4];
};
struct Owner {  // has a light destructor
  int64_t id;
};

int g_destroyed = 0;

void trace_small_list(void* obj, VisitFn visit, void* ctx) {
  auto* l = static_cast<SmallList*>(obj);
  if (reinterpret_cast<char*>(l->items) == reinterpret_cast<char*>(l->inline_items)) {
    for (int i = 0; i < 4; ++i) visit(&l->inline_items[i], ctx);
  } else {
    // The items live in a PtrArray whose payload starts 8 bytes before them (its length).
    void* arr = reinterpret_cast<char*>(l->items) - offsetof(PtrArray, items);
    visit(&arr, ctx);
    l->items = reinterpret_cast<void**>(static_cast<char*>(arr) + offsetof(PtrArray, items));
  }
}

struct Types {
  uint32_t node, ptrs, bytes, pairs, small_list, owner, fin;
  Types() {
    TypeDesc n;
    n.name = "Node";
    n.fixed_size = sizeof(Node);
    n.ptr_offsets = {offsetof(Node, left), offsetof(Node, right)};
    node = register_type(n);
    TypeDesc p;
    p.name = "PtrArray";
    p.fixed_size = offsetof(PtrArray, items);
    p.item_size = sizeof(void*);
    p.length_offset = offsetof(PtrArray, len);
    p.item_ptr_offsets = {0};
    ptrs = register_type(p);
    TypeDesc b;
    b.name = "Bytes";
    b.fixed_size = offsetof(Bytes, data);
    b.item_size = 1;
    bytes = register_type(b);
    TypeDesc pa;
    pa.name = "PairArray";
    pa.fixed_size = offsetof(PairArray, items);
    pa.item_size = sizeof(Pair);
    pa.item_ptr_offsets = {offsetof(Pair, node)};
    pairs = register_type(pa);
    TypeDesc sl;
    sl.name = "SmallList";
    sl.fixed_size = sizeof(SmallList);
    sl.inner_offsets = {offsetof(SmallList, items)};
    sl.trace = trace_small_list;
    small_list = register_type(sl);
    TypeDesc o;
    o.name = "Owner";
    o.fixed_size = sizeof(Owner);
    o.destructor = [](void*) { ++g_destroyed; };
    owner = register_type(o);
    TypeDesc f = n;
    f.name = "Finalizable";
    fin = register_type(f);
  }
};
const Types& types() {
  static Types t;
  return t;
}

Config small(size_t nursery = 64 * 1024) {
  Config c;
  c.nursery_bytes = nursery;
  return c;
}

Node* new_node(Heap& h, int64_t v, Node* l = nullptr, Node* r = nullptr) {
  Roots roots(h, l, r);
  auto* n = static_cast<Node*>(h.alloc(types().node));
  n->value = v;
  n->left = l;
  n->right = r;
  return n;
}

// A complete binary tree of the given depth; values numbered in pre-order from *next.
Node* make_tree(Heap& h, int depth, int64_t* next) {
  Node* n = new_node(h, (*next)++);
  if (depth == 0) return n;
  Roots roots(h, n);
  Node* l = make_tree(h, depth - 1, next);
  h.write_barrier(n);  // n may have been promoted while its subtree was built
  n->left = l;
  Node* r = make_tree(h, depth - 1, next);
  h.write_barrier(n);
  n->right = r;
  return n;
}
// Checks the pre-order numbering; returns the number of nodes.
int64_t check_tree(const Node* n, int depth, int64_t* next) {
  EXPECT_EQ(n->value, *next);
  ++*next;
  if (depth == 0) {
    EXPECT_EQ(n->left, nullptr);
    EXPECT_EQ(n->right, nullptr);
    return 1;
  }
  return 1 + check_tree(n->left, depth - 1, next) + check_tree(n->right, depth - 1, next);
}

void expect_consistent(const Heap& h) {
  auto problems = h.verify();
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems.front());
}

}  // namespace

TEST(GcHeap, AllocationIsYoungZeroedAndTyped) {
  Heap h(small());
  auto* n = static_cast<Node*>(h.alloc(types().node));
  EXPECT_TRUE(h.is_young(n));
  EXPECT_EQ(header_of(n)->tid, types().node);
  EXPECT_EQ(header_of(n)->flags, 0u);
  EXPECT_EQ(n->value, 0);
  EXPECT_EQ(n->left, nullptr);
  auto* b = static_cast<Bytes*>(h.alloc_varsize(types().bytes, 13));
  EXPECT_EQ(b->len, 13);
  for (int i = 0; i < 13; ++i) EXPECT_EQ(b->data[i], 0);
  expect_consistent(h);
}

TEST(GcHeap, MinorCollectionCopiesSurvivorsWithTheirContents) {
  Heap h(small());
  Node* list = nullptr;
  Roots roots(h, list);
  for (int i = 0; i < 1000; ++i) list = new_node(h, i, list);
  Node* young_head = list;
  h.minor_collect();
  EXPECT_NE(list, young_head);  // moved
  EXPECT_FALSE(h.is_young(list));
  int64_t expect = 999;
  for (Node* n = list; n; n = n->left, --expect) {
    EXPECT_EQ(n->value, expect);
    EXPECT_FALSE(h.is_young(n));
    EXPECT_TRUE(header_of(n)->flags & kOld);
    EXPECT_TRUE(header_of(n)->flags & kTrackYoung);
  }
  EXPECT_EQ(expect, -1);
  EXPECT_EQ(h.stats().minor, 1u);
  EXPECT_GE(h.stats().promoted, 1000u * (sizeof(Node) + kHeaderSize));
  expect_consistent(h);
}

TEST(GcHeap, ForwardingKeepsSharingAndCycles) {
  Heap h(small());
  Node* a = new_node(h, 1);
  Node* b = nullptr;
  Node* alias = nullptr;
  Roots roots(h, a, b, alias);
  b = new_node(h, 2, a, a);  // shared twice
  a->left = b;               // a cycle a <-> b (both young: no barrier needed)
  a->right = a;              // a self-loop
  alias = a;
  h.minor_collect();
  EXPECT_EQ(alias, a);
  EXPECT_EQ(b->left, a);
  EXPECT_EQ(b->right, a);
  EXPECT_EQ(a->left, b);
  EXPECT_EQ(a->right, a);
  EXPECT_EQ(a->value, 1);
  EXPECT_EQ(b->value, 2);
  h.major_collect();
  EXPECT_EQ(a->left, b);
  EXPECT_EQ(b->left, a);
  expect_consistent(h);
}

TEST(GcHeap, MajorCollectionFreesUnreachableCyclesAndKeepsReachableOnes) {
  Heap h(small());
  Node* kept = nullptr;
  Roots roots(h, kept);
  int64_t next = 0;
  kept = make_tree(h, 8, &next);
  {
    Node* garbage = nullptr;
    Roots r2(h, garbage);
    for (int i = 0; i < 200; ++i) {
      Node* c = new_node(h, -i);
      garbage = new_node(h, i, c, garbage);
      c->left = garbage;  // a cycle through each pair
    }
    h.minor_collect();
  }
  size_t with_garbage = h.old_bytes();
  h.major_collect();
  size_t live = h.old_bytes();
  EXPECT_LT(live, with_garbage);
  next = 0;
  EXPECT_EQ(check_tree(kept, 8, &next), 511);
  expect_consistent(h);
  // Everything unreachable: the old space is empty (its pages returned).
  kept = nullptr;
  h.major_collect();
  EXPECT_EQ(h.old_bytes(), 0u);
  EXPECT_GT(h.stats().freed, 0u);
}

TEST(GcHeap, OldToYoungReferenceWithTheBarrierSurvives) {
  Heap h(small());
  Node* old = new_node(h, 7);
  Roots roots(h, old);
  h.minor_collect();
  ASSERT_FALSE(h.is_young(old));
  Node* child = new_node(h, 8, nullptr, nullptr);
  h.write_barrier(old);
  old->left = child;
  EXPECT_FALSE(header_of(old)->flags & kTrackYoung);  // remembered
  expect_consistent(h);
  child = nullptr;  // only the old object refers to it now
  h.minor_collect();
  ASSERT_NE(old->left, nullptr);
  EXPECT_FALSE(h.is_young(old->left));
  EXPECT_EQ(old->left->value, 8);
  EXPECT_TRUE(header_of(old)->flags & kTrackYoung);  // tracked again
  expect_consistent(h);
}

TEST(GcHeap, OldToYoungReferenceWithoutTheBarrierIsReported) {
  Heap h(small());
  Node* old = new_node(h, 7);
  Roots roots(h, old);
  h.minor_collect();
  Node* child = new_node(h, 8);
  old->left = child;  // no write barrier
  auto before = h.verify();
  ASSERT_FALSE(before.empty());
  EXPECT_NE(before.front().find("missing write barrier"), std::string::npos) << before.front();
  h.minor_collect();  // the child is not found: the old object keeps a stale nursery address
  EXPECT_TRUE(h.is_young(old->left));
  auto after = h.verify();
  ASSERT_FALSE(after.empty());
  EXPECT_NE(after.front().find("stale"), std::string::npos) << after.front();
}

TEST(GcHeap, LargeArraysAreOldWithCardsAndOnlyMarkedCardsAreScanned) {
  Heap h(small());
  const int64_t n = 100000;
  auto* arr = static_cast<PtrArray*>(h.alloc_varsize(types().ptrs, n));
  Roots roots(h, arr);
  EXPECT_FALSE(h.is_young(arr));
  EXPECT_TRUE(header_of(arr)->flags & kLarge);
  EXPECT_TRUE(header_of(arr)->flags & kHasCards);
  EXPECT_EQ(arr->len, n);
  for (int64_t i : {int64_t{0}, int64_t{5}, int64_t{127}, int64_t{128}, n - 1}) {
    Node* c = new_node(h, i);
    h.write_barrier_item(arr, i);
    arr->items[i] = c;
  }
  EXPECT_TRUE(header_of(arr)->flags & kCardsMarked);
  expect_consistent(h);
  h.minor_collect();
  for (int64_t i : {int64_t{0}, int64_t{5}, int64_t{127}, int64_t{128}, n - 1}) {
    auto* c = static_cast<Node*>(arr->items[i]);
    ASSERT_NE(c, nullptr);
    EXPECT_FALSE(h.is_young(c));
    EXPECT_EQ(c->value, i);
  }
  EXPECT_FALSE(header_of(arr)->flags & kCardsMarked);
  // A store without the item barrier is caught by the card check.
  Node* c = new_node(h, 42);
  arr->items[77777] = c;
  auto problems = h.verify();
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems.front().find("missing write barrier"), std::string::npos);
  h.write_barrier_item(arr, 77777);
  expect_consistent(h);
  h.major_collect();
  EXPECT_EQ(static_cast<Node*>(arr->items[77777])->value, 42);
  EXPECT_EQ(static_cast<Node*>(arr->items[n - 1])->value, n - 1);
  expect_consistent(h);
  arr = nullptr;
  h.major_collect();
  EXPECT_EQ(h.old_bytes(), 0u);
}

TEST(GcHeap, ItemsWithReferencesInsideThemAreTraced) {
  Heap h(small());
  auto* pa = static_cast<PairArray*>(h.alloc_varsize(types().pairs, 50));
  Roots roots(h, pa);
  for (int64_t i = 0; i < 50; ++i) {
    Node* n = new_node(h, i * 3);
    pa->items[i].key = i;
    h.write_barrier_item(pa, i);
    pa->items[i].node = n;
  }
  auto* bytes = static_cast<Bytes*>(h.alloc_varsize(types().bytes, 5));
  Roots r2(h, bytes);
  std::memcpy(bytes->data, "hello", 5);
  h.minor_collect();
  h.major_collect();
  for (int64_t i = 0; i < 50; ++i) {
    EXPECT_EQ(pa->items[i].key, i);
    EXPECT_EQ(pa->items[i].node->value, i * 3);
  }
  EXPECT_EQ(bytes->len, 5);
  EXPECT_EQ(std::memcmp(bytes->data, "hello", 5), 0);
  expect_consistent(h);
}

TEST(GcHeap, ManyMinorCollectionsWithSurvivors) {
  Heap h(small(32 * 1024));
  const int64_t kept_n = 3000;
  auto* kept = static_cast<PtrArray*>(h.alloc_varsize(types().ptrs, kept_n));  // large: old
  Roots roots(h, kept);
  for (int64_t i = 0; i < kept_n * 10; ++i) {
    Node* n = new_node(h, i);
    if (i % 10 == 0) {
      Node* m = nullptr;
      Roots r2(h, n, m);
      m = new_node(h, -i, n);  // garbage allocated after the survivor: the survivor may move
      h.write_barrier_item(kept, i / 10);
      kept->items[i / 10] = n;
    }
  }
  EXPECT_GT(h.stats().minor, 10u);
  for (int64_t j = 0; j < kept_n; ++j) {
    auto* n = static_cast<Node*>(kept->items[j]);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->value, j * 10);
  }
  expect_consistent(h);
  h.major_collect();
  for (int64_t j = 0; j < kept_n; ++j) EXPECT_EQ(static_cast<Node*>(kept->items[j])->value, j * 10);
  expect_consistent(h);
}

TEST(GcHeap, NonMovingObjectsAndGlobalRootsStayPut) {
  Heap h(small());
  auto* pinned = static_cast<Node*>(h.alloc_nonmoving(types().node));
  Node* global = nullptr;
  h.add_root(&global);
  h.add_root(&pinned);
  Node* const address = pinned;
  EXPECT_FALSE(h.is_young(pinned));
  EXPECT_TRUE(header_of(pinned)->flags & kNoMove);
  pinned->value = 99;
  global = new_node(h, 5);
  h.write_barrier(pinned);
  pinned->left = new_node(h, 6);
  h.minor_collect();
  h.major_collect();
  EXPECT_EQ(pinned, address);
  EXPECT_EQ(pinned->value, 99);
  EXPECT_EQ(pinned->left->value, 6);
  EXPECT_EQ(global->value, 5);
  EXPECT_FALSE(h.is_young(global));
  expect_consistent(h);
  h.remove_root(&pinned);
  h.remove_root(&global);
  h.major_collect();
  EXPECT_EQ(h.old_bytes(), 0u);
}

TEST(GcHeap, InnerPointersAreRebasedWhenCopied) {
  Heap h(small());
  auto* l = static_cast<SmallList*>(h.alloc(types().small_list));
  Roots roots(h, l);
  l->items = l->inline_items;
  for (int i = 0; i < 4; ++i) {
    Node* n = new_node(h, 10 + i);
    l->items[i] = n;  // l is young: no barrier needed
    l->len = i + 1;
  }
  SmallList* young = l;
  h.minor_collect();
  ASSERT_NE(l, young);
  EXPECT_EQ(l->items, l->inline_items);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(static_cast<Node*>(l->items[i])->value, 10 + i);
  // Grown: the items move to an array of their own, which the list references.
  auto* arr = static_cast<PtrArray*>(h.alloc_varsize(types().ptrs, 8));
  for (int i = 0; i < 4; ++i) arr->items[i] = l->items[i];
  h.write_barrier(l);
  l->items = arr->items;
  arr = nullptr;
  h.minor_collect();
  h.major_collect();
  for (int i = 0; i < 4; ++i) EXPECT_EQ(static_cast<Node*>(l->items[i])->value, 10 + i);
  expect_consistent(h);
}

TEST(GcHeap, UnreachableObjectsWithDelAreQueuedWithWhatTheyReach) {
  Heap h(small());
  {
    auto* f = static_cast<Node*>(h.alloc(types().fin));
    Roots roots(h, f);
    f->value = 1;
    Node* child = new_node(h, 2);
    f->left = child;
    h.register_finalizer(f);
  }
  h.minor_collect();  // young and unreachable: queued
  ASSERT_EQ(h.due_count(), 1u);
  expect_consistent(h);
  h.major_collect();  // the queue is a root
  {
    auto* f = static_cast<Node*>(h.next_due());
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->value, 1);
    EXPECT_EQ(f->left->value, 2);
    EXPECT_FALSE(header_of(f)->flags & kFinalizer);
    EXPECT_EQ(h.next_due(), nullptr);
  }
  h.major_collect();  // its __del__ ran: collected now
  EXPECT_EQ(h.old_bytes(), 0u);
  // An old one: queued by a major collection; a reachable one is not.
  Node* alive = nullptr;
  Roots roots(h, alive);
  alive = static_cast<Node*>(h.alloc(types().fin));
  h.register_finalizer(alive);
  {
    auto* f = static_cast<Node*>(h.alloc(types().fin));
    Roots r2(h, f);
    f->value = 3;
    h.register_finalizer(f);
    h.minor_collect();
  }
  EXPECT_EQ(h.due_count(), 0u);
  h.major_collect();
  ASSERT_EQ(h.due_count(), 1u);
  EXPECT_EQ(static_cast<Node*>(h.next_due())->value, 3);
  EXPECT_TRUE(header_of(alive)->flags & kFinalizer);
  expect_consistent(h);
}

TEST(GcHeap, LightDestructorsRunWhenTheObjectDies) {
  Heap h(small());
  g_destroyed = 0;
  h.alloc(types().owner);  // dies young
  Owner* kept = nullptr;
  Roots roots(h, kept);
  kept = static_cast<Owner*>(h.alloc(types().owner));
  h.minor_collect();
  EXPECT_EQ(g_destroyed, 1);
  h.major_collect();
  EXPECT_EQ(g_destroyed, 1);
  kept = nullptr;
  h.major_collect();  // dies old
  EXPECT_EQ(g_destroyed, 2);
}

TEST(GcHeap, PrebuiltObjectsBecomeRootsWhenWritten) {
  struct alignas(8) Prebuilt {
    Header h;
    Node n;
  };
  static Prebuilt target{{0, kOld | kPrebuilt | kTrackYoung}, {100, nullptr, nullptr}};
  static Prebuilt holder{{0, kOld | kPrebuilt | kTrackYoung}, {200, &target.n, nullptr}};
  target.h = holder.h = Header{types().node, kOld | kPrebuilt | kTrackYoung};
  target.n.left = nullptr;
  Heap h(small());
  Node* child = new_node(h, 300);
  h.write_barrier(&target.n);
  target.n.left = child;
  child = nullptr;
  h.minor_collect();
  ASSERT_NE(target.n.left, nullptr);
  EXPECT_EQ(target.n.left->value, 300);
  h.major_collect();  // reachable only through a prebuilt object that was written
  h.major_collect();
  EXPECT_EQ(target.n.left->value, 300);
  EXPECT_EQ(holder.n.left->left->value, 300);
  expect_consistent(h);
  EXPECT_GT(h.old_bytes(), 0u);
}

TEST(GcHeap, StressModeCollectsAtEveryAllocation) {
  for (int stress : {1, 2}) {
    Config c = small();
    c.stress = stress;
    c.verify = true;  // aborts on an inconsistent heap
    Heap h(c);
    Node* tree = nullptr;
    Roots roots(h, tree);
    int64_t next = 0;
    int depth = stress == 1 ? 10 : 6;
    tree = make_tree(h, depth, &next);
    EXPECT_GE(h.stats().minor, static_cast<uint64_t>(next - 1));
    if (stress == 2) {
      EXPECT_GE(h.stats().major, static_cast<uint64_t>(next - 1));
    }
    next = 0;
    EXPECT_EQ(check_tree(tree, depth, &next), (int64_t{1} << (depth + 1)) - 1);
  }
}

TEST(GcHeap, ConfigComesFromTheEnvironment) {
  setenv("RPY_GC_NURSERY", "131072", 1);
  setenv("RPY_GC_STRESS", "1", 1);
  setenv("RPY_GC_DEBUG", "1", 1);
  Config c = Config::from_env();
  EXPECT_EQ(c.nursery_bytes, 131072u);
  EXPECT_EQ(c.stress, 1);
  EXPECT_TRUE(c.debug);
  unsetenv("RPY_GC_NURSERY");
  unsetenv("RPY_GC_STRESS");
  unsetenv("RPY_GC_DEBUG");
  c = Config::from_env();
  EXPECT_EQ(c.stress, 0);
  EXPECT_FALSE(c.debug);
}

TEST(GcHeap, StatisticsLine) {
  Heap h(small());
  Node* n = new_node(h, 1);
  Roots roots(h, n);
  h.major_collect();
  char buf[512] = {};
  FILE* f = fmemopen(buf, sizeof buf - 1, "w");
  h.print_stats(f);
  std::fclose(f);
  EXPECT_NE(std::strstr(buf, "gc: 1 minor, 1 major"), nullptr) << buf;
}

TEST(GcHeap, StableAddressesOfYoungObjectsBecomeTheirOldAddresses) {
  Heap h(small());
  Node* a = new_node(h, 1);
  Node* dead = nullptr;
  Roots roots(h, a, dead);
  dead = new_node(h, 2);
  void* id = h.stable_address(a);
  EXPECT_FALSE(h.is_young(id));
  EXPECT_EQ(h.stable_address(a), id);  // asked twice: the same
  h.stable_address(dead);
  dead = nullptr;
  h.minor_collect();
  EXPECT_EQ(static_cast<void*>(a), id);  // copied into the reserved place
  EXPECT_EQ(a->value, 1);
  EXPECT_EQ(h.stable_address(a), id);
  expect_consistent(h);
  h.major_collect();  // the dead object's reserved copy is freed
  expect_consistent(h);
  a = nullptr;
  h.major_collect();
  EXPECT_EQ(h.old_bytes(), 0u);
}

// An identity hash is taken while a dict's tables are held by raw pointers (rpy/dict.hpp): the
// reservation of a young object's old copy must not collect, even past the major threshold.
TEST(GcHeap, StableAddressNeverCollects) {
  Config c = small();
  c.major_min = 0;
  c.major_factor = 1.0;  // the threshold is what is live: any old allocation past it collects
  Heap h(c);
  Node* chain = nullptr;
  Node* a = nullptr;
  Roots roots(h, chain, a);
  for (int i = 0; i < 10; ++i) {  // live old objects
    auto* n = static_cast<Node*>(h.alloc_nonmoving(types().node));
    n->left = chain;
    chain = n;
  }
  a = new_node(h, 7);
  uint64_t minors = h.stats().minor, majors = h.stats().major;
  size_t old_before = h.old_bytes();
  void* id = h.stable_address(a);
  EXPECT_EQ(h.stats().minor, minors);
  EXPECT_EQ(h.stats().major, majors);
  EXPECT_TRUE(h.is_young(a));  // not moved
  EXPECT_FALSE(h.is_young(id));
  EXPECT_GT(h.old_bytes(), old_before);  // the reserved copy
  h.minor_collect();
  EXPECT_EQ(static_cast<void*>(a), id);
  EXPECT_EQ(a->value, 7);
  expect_consistent(h);
}

TEST(GcLayout, ReferencesInsideCppValuesAreFound) {
  struct A {};
  std::vector<uint32_t> v;
  Layout<int64_t>::add(v, 0);
  Layout<double>::add(v, 0);
  EXPECT_TRUE(v.empty());
  Layout<A*>::add(v, 16);
  EXPECT_EQ(v, std::vector<uint32_t>{16});
  using T = std::tuple<int64_t, A*, double, Node*, char>;
  v.clear();
  Layout<T>::add(v, 0);
  ASSERT_EQ(v.size(), 2u);
  T t{};
  auto* base = reinterpret_cast<char*>(&t);
  std::vector<uint32_t> expect{static_cast<uint32_t>(reinterpret_cast<char*>(&std::get<1>(t)) - base),
                               static_cast<uint32_t>(reinterpret_cast<char*>(&std::get<3>(t)) - base)};
  std::sort(v.begin(), v.end());
  std::sort(expect.begin(), expect.end());
  EXPECT_EQ(v, expect);
  EXPECT_FALSE(has_refs<int64_t>());
  EXPECT_FALSE((has_refs<std::tuple<int64_t, double>>()));
  EXPECT_TRUE((has_refs<std::tuple<int64_t, std::tuple<bool, Node*>>>()));
}

TEST(GcLayout, ArraysOfCppValuesSurviveCollections) {
  using Item = std::tuple<int64_t, Node*>;
  uint32_t tid = array_type_id<Item>();
  EXPECT_EQ(array_type_id<Item>(), tid);  // registered once
  EXPECT_NE(array_type_id<int64_t>(), tid);
  EXPECT_TRUE(type_desc(array_type_id<int64_t>()).item_ptr_offsets.empty());
  Heap h(small());
  void* arr = h.alloc_varsize(tid, 100);
  Roots roots(h, arr);
  auto items = [&] { return reinterpret_cast<Item*>(static_cast<char*>(arr) + kArrayItemsOffset<Item>); };
  for (int64_t i = 0; i < 100; ++i) {
    Node* n = new_node(h, i * i);
    h.write_barrier_item(arr, i);
    items()[i] = Item{i, n};
  }
  h.minor_collect();
  h.major_collect();
  for (int64_t i = 0; i < 100; ++i) {
    EXPECT_EQ(std::get<0>(items()[i]), i);
    EXPECT_EQ(std::get<1>(items()[i])->value, i * i);
  }
  expect_consistent(h);
}

TEST(GcHeap, LongChainsNeedNoRecursionAndFreedSlotsAreReused) {
  Heap h(small(256 * 1024));
  Node* chain = nullptr;
  Roots roots(h, chain);
  const int64_t n = 300000;  // deeper than any C stack would take recursively
  for (int64_t i = 0; i < n; ++i) chain = new_node(h, i, chain);
  h.major_collect();
  int64_t expect = n - 1;
  for (Node* p = chain; p; p = p->left) ASSERT_EQ(p->value, expect--);
  EXPECT_EQ(expect, -1);
  size_t full = h.old_bytes();
  // Drop every other node: the freed slots are reused before the old space grows again.
  for (Node* p = chain; p && p->left; p = p->left) p->left = p->left->left;  // old -> old: no young reference
  h.major_collect();
  EXPECT_LT(h.old_bytes(), full * 6 / 10);
  size_t half = h.old_bytes();
  Node* more = nullptr;
  Roots r2(h, more);
  for (int64_t i = 0; i < n / 4; ++i) more = new_node(h, i, more);
  h.minor_collect();
  EXPECT_LE(h.old_bytes(), full);
  EXPECT_GT(h.old_bytes(), half);
  expect_consistent(h);
}

TEST(GcHeap, YoungArraysOfReferencesArePromotedWithCards) {
  Heap h(small());
  auto* arr = static_cast<PtrArray*>(h.alloc_varsize(types().ptrs, 1000));  // 8 KB: young
  Roots roots(h, arr);
  ASSERT_TRUE(h.is_young(arr));
  h.minor_collect();
  EXPECT_TRUE(header_of(arr)->flags & kLarge);
  EXPECT_TRUE(header_of(arr)->flags & kHasCards);
  Node* n = new_node(h, 5);
  h.write_barrier_item(arr, 999);
  arr->items[999] = n;
  EXPECT_TRUE(header_of(arr)->flags & kTrackYoung);  // cards do not take the object off the barrier
  h.minor_collect();
  EXPECT_EQ(static_cast<Node*>(arr->items[999])->value, 5);
  expect_consistent(h);
}

TEST(GcHeap, DebugModeLogsEachCollectionAndTheStatisticsAtTheEnd) {
  testing::internal::CaptureStderr();
  {
    Config c = small();
    c.debug = true;
    Heap h(c);
    Node* n = new_node(h, 1);
    Roots roots(h, n);
    h.minor_collect();
    h.major_collect();
  }
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("gc: minor #1:"), std::string::npos) << err;
  EXPECT_NE(err.find("gc: major #1:"), std::string::npos) << err;
  EXPECT_NE(err.find("gc: 2 minor, 1 major"), std::string::npos) << err;
}

// The heap's memory from a caller's allocator (--gc=gen gives Boehm's uncollectable memory when
// the program's objects hold Boehm's values): every block comes from it and goes back to it, and
// with clear_freed a major collection zeroes the slots it frees (a scanning collector must find
// nothing there).
std::vector<void*> g_heap_test_blocks;
void* heap_test_block_alloc(size_t n) {
  void* p = std::calloc(1, n);
  g_heap_test_blocks.push_back(p);
  return p;
}
void heap_test_block_free(void* p) {
  auto it = std::find(g_heap_test_blocks.begin(), g_heap_test_blocks.end(), p);
  ASSERT_NE(it, g_heap_test_blocks.end());
  g_heap_test_blocks.erase(it);
  std::free(p);
}

TEST(GcHeap, BlocksComeFromTheConfiguredAllocatorAndFreedSlotsAreCleared) {
  g_heap_test_blocks.clear();
  {
    Config c = small();
    c.blocks = BlockAlloc{heap_test_block_alloc, heap_test_block_free, true};
    Heap h(c);
    EXPECT_EQ(g_heap_test_blocks.size(), 1u);  // the nursery
    Node* keep = new_node(h, 1);
    Roots r(h, keep);
    Node* dead = new_node(h, 0x5eed);
    Roots r2(h, dead);
    auto* big = static_cast<PtrArray*>(h.alloc_varsize(types().ptrs, 10000));  // a large block
    ASSERT_NE(big, nullptr);
    h.minor_collect();
    EXPECT_GE(g_heap_test_blocks.size(), 3u);  // nursery, a page, the large block
    Node* old_dead = dead;
    dead = nullptr;
    h.major_collect();
    EXPECT_EQ(keep->value, 1);
    // old_dead's slot is free now: its value is gone (word 0 is the free list's link)
    EXPECT_EQ(header_of(old_dead)->tid, 0u);
    EXPECT_EQ(old_dead->left, nullptr);
    EXPECT_NE(old_dead->value, 0x5eed);
  }
  EXPECT_TRUE(g_heap_test_blocks.empty());
}

// The old space's growth policy (docs/GC.md, step 3d): trees bigger than the nursery are promoted
// while they are built and die at once (binary-trees' pattern); a major collection must run as
// soon as the old space holds kMajorFactor times what lived after the previous one (at least
// kMajorFactor nurseries), so its peak stays within that factor of the live data, plus the
// promotions of one minor collection.
TEST(GcHeap, OldSpacePeakStaysWithinTheMajorFactorOfTheLiveData) {
  Heap h(small(64 * 1024));
  int64_t next = 0;
  Node* kept = make_tree(h, 12, &next);  // 8191 nodes of 32 bytes: 256 KiB, four nurseries
  Roots roots(h, kept);
  for (int i = 0; i < 40; ++i) {
    int64_t k = 0;
    Node* t = make_tree(h, 12, &k);
    EXPECT_EQ(t->value, 0);
  }
  size_t tree = (sizeof(Node) + kHeaderSize) * 8191;
  // live at a major collection: the kept tree and at most one tree being built
  double bound = kMajorFactor * static_cast<double>(2 * tree) + static_cast<double>(h.config().nursery_bytes);
  EXPECT_LE(static_cast<double>(h.stats().peak_old), bound) << "peak old " << h.stats().peak_old;
  EXPECT_GT(h.stats().major, 10u);
  next = 0;
  EXPECT_EQ(check_tree(kept, 12, &next), 8191);
  expect_consistent(h);
}

// The same pattern under RPython's factor and the old smallest threshold (four nurseries): the
// configuration is what decides.
TEST(GcHeap, MajorThresholdFollowsTheConfiguration) {
  for (double factor : {1.2, 1.82}) {
    Config c = small(64 * 1024);
    c.major_factor = factor;
    c.major_min = factor;
    Heap h(c);
    int64_t next = 0;
    Node* kept = make_tree(h, 12, &next);
    Roots roots(h, kept);
    for (int i = 0; i < 20; ++i) {
      int64_t k = 0;
      make_tree(h, 12, &k);
    }
    size_t tree = (sizeof(Node) + kHeaderSize) * 8191;
    EXPECT_LE(static_cast<double>(h.stats().peak_old), factor * static_cast<double>(2 * tree) + 64.0 * 1024) << factor;
    next = 0;
    EXPECT_EQ(check_tree(kept, 12, &next), 8191);
  }
}

// A program whose objects hold Boehm's (docs/GC.md, step 3d): the nursery is handed to Boehm as a
// root range (Config::scan), once, and taken back (Config::unscan) when the heap goes; objects
// are still allocated in it.
namespace {
char* g_scan_lo = nullptr;
size_t g_scan_bytes = 0, g_unscans = 0;
}  // namespace
TEST(GcHeap, NurseryIsGivenAsARootRangeWhenAsked) {
  g_scan_lo = nullptr, g_scan_bytes = 0, g_unscans = 0;
  {
    Config c = small(64 * 1024);
    c.scan = [](void* lo, void* hi) {
      g_scan_lo = static_cast<char*>(lo);
      g_scan_bytes += static_cast<size_t>(static_cast<char*>(hi) - static_cast<char*>(lo));
    };
    c.unscan = [](void*, void*) { ++g_unscans; };
    Heap h(c);
    EXPECT_EQ(g_scan_bytes, 64u * 1024);
    Node* n = new_node(h, 7);
    EXPECT_TRUE(h.is_young(n));
    EXPECT_GE(reinterpret_cast<char*>(n), g_scan_lo);
    EXPECT_LT(reinterpret_cast<char*>(n), g_scan_lo + g_scan_bytes);
    EXPECT_EQ(g_unscans, 0u);
  }
  EXPECT_EQ(g_unscans, 1u);
}

// A root walker (the roots of suspended generators: rpy/gen_generator.hpp) is asked for its slots
// at every collection and by verification: what they hold survives and moves with them; once the
// walker stops listing a slot, what it held is freed.
TEST(GcHeap, RootWalkersSlotsAreRootsAtEveryCollection) {
  Heap h(small());
  struct Held {
    Node* slots[3] = {nullptr, nullptr, nullptr};
    int listed = 3;
    int walks = 0;
  } held;
  h.add_root_walker(
      [](VisitFn visit, void* ctx, void* arg) {
        auto* w = static_cast<Held*>(arg);
        ++w->walks;
        for (int i = 0; i < w->listed; ++i) visit(&w->slots[i], ctx);
      },
      &held);
  int64_t next = 0;
  held.slots[0] = make_tree(h, 4, &next);
  held.slots[2] = new_node(h, 77, held.slots[0]);
  EXPECT_TRUE(h.is_young(held.slots[2]));
  h.minor_collect();
  EXPECT_FALSE(h.is_young(held.slots[2]));
  EXPECT_EQ(held.slots[2]->left, held.slots[0]);
  h.major_collect();
  next = 0;
  EXPECT_EQ(check_tree(held.slots[0], 4, &next), 31);
  EXPECT_EQ(held.slots[2]->value, 77);
  EXPECT_GE(held.walks, 3);
  int before = held.walks;
  expect_consistent(h);
  EXPECT_GT(held.walks, before);  // verification checks the walker's slots too
  held.listed = 0;
  h.major_collect();
  EXPECT_EQ(h.old_bytes(), 0u);
}
