// Lists of references on rpy's own collector (rpy/gc_gen.hpp, docs/GC.md "Step 3b"): the list
// header and its items array are two heap objects, the header's items pointer points past the
// array's length word; growing, storing and moving items under collections at every allocation.
#include <gtest/gtest.h>

#include "rpy/rpy.hpp"
//
#include "rpy/gc_gen.hpp"

namespace {

struct GenItem {
  int64_t n;
  GenItem* next;
};

}  // namespace

namespace rpy {
template <>
inline constexpr bool gen_items<GenItem*> = true;
}  // namespace rpy

namespace {

uint32_t gen_item_tid() {
  static const uint32_t tid = rpy::gen::register_class("GenItem", sizeof(GenItem), {offsetof(GenItem, next)});
  return tid;
}

GenItem* new_item(int64_t n) {
  auto* o = static_cast<GenItem*>(rpy::gen::heap->alloc(gen_item_tid()));
  o->n = n;
  return o;
}

// A heap of its own for each test, collecting at every allocation (stress 1: a major at every
// 32nd; stress 2: a major at every one), verified after each collection.
struct GenHeap {
  rpy::gc::Heap* saved = rpy::gen::heap;
  explicit GenHeap(int stress) {
    rpy::gc::Config c;
    c.stress = stress;
    c.verify = true;
    rpy::gen::heap = new rpy::gc::Heap(c);
  }
  ~GenHeap() {
    delete rpy::gen::heap;
    rpy::gen::heap = saved;
  }
};

class GcList : public ::testing::TestWithParam<int> {};

TEST_P(GcList, AppendGrowsWithListAndItemRooted) {
  GenHeap h(GetParam());
  auto* l = rpy::list_new<GenItem*>(0);
  rpy::gc::Roots r(*rpy::gen::heap, l);
  for (int64_t i = 0; i < 3000; ++i) rpy::list_append(l, new_item(i));  // the item is young, l may be old
  ASSERT_EQ(l->len, 3000);
  EXPECT_GE(l->cap, 3000);
  for (int64_t i = 0; i < l->len; ++i) ASSERT_EQ(rpy::list_get(l, i)->n, i);
  rpy::gen::heap->minor_collect();
  for (int64_t i = 0; i < l->len; ++i) ASSERT_EQ(rpy::list_get(l, -1 - i)->n, l->len - 1 - i);
  EXPECT_FALSE(rpy::gen::heap->is_young(l));
  EXPECT_FALSE(rpy::gen::heap->is_young(rpy::gen::list_array(l)));
  EXPECT_TRUE(rpy::gen::heap->verify().empty());
}

TEST_P(GcList, StoresIntoAnOldListAreRemembered) {
  GenHeap h(GetParam());
  auto* l = rpy::list_filled<GenItem*>(5000, nullptr);  // its items array is large: allocated old, with cards
  rpy::gc::Roots r(*rpy::gen::heap, l);
  rpy::gen::heap->minor_collect();
  for (int64_t i = 0; i < l->len; i += 7) rpy::list_set(l, -1 - i, new_item(i));
  rpy::gen::heap->minor_collect();
  for (int64_t i = 0; i < l->len; ++i) {
    GenItem* x = l->items[l->len - 1 - i];
    if (i % 7 == 0) {
      ASSERT_NE(x, nullptr);
      ASSERT_EQ(x->n, i);
      ASSERT_FALSE(rpy::gen::heap->is_young(x));
    } else {
      ASSERT_EQ(x, nullptr);
    }
  }
  rpy::gen::heap->major_collect();
  EXPECT_EQ(l->items[l->len - 1]->n, 0);
  EXPECT_TRUE(rpy::gen::heap->verify().empty());
}

TEST_P(GcList, MovingItemsKeepsThemReachable) {
  GenHeap h(GetParam());
  auto* l = rpy::list_new<GenItem*>(0);
  rpy::gc::Roots r(*rpy::gen::heap, l);
  for (int64_t i = 0; i < 200; ++i) rpy::list_insert(l, 0, new_item(i));  // l[0] is the last one
  rpy::gen::heap->minor_collect();
  rpy::list_insert(l, 100, new_item(-5));  // a young item moved into an old array
  rpy::list_reverse(l);
  GenItem* x = rpy::list_pop(l, 0);
  EXPECT_EQ(x->n, 0);
  rpy::gen::heap->major_collect();
  ASSERT_EQ(l->len, 200);
  EXPECT_EQ(l->items[0]->n, 1);
  EXPECT_EQ(l->items[l->len - 1]->n, 199);
  int found = 0;
  for (int64_t i = 0; i < l->len; ++i) found += l->items[i]->n == -5;
  EXPECT_EQ(found, 1);
  EXPECT_TRUE(rpy::gen::heap->verify().empty());
}

TEST_P(GcList, ListsOfListsAndUnreachableListsAreFreed) {
  GenHeap h(GetParam());
  auto* outer = rpy::list_new<rpy::List<GenItem*>*>(0);
  rpy::gc::Roots r(*rpy::gen::heap, outer);
  for (int64_t i = 0; i < 50; ++i) {
    auto* inner = rpy::list_new<GenItem*>(0);
    rpy::gc::Roots ri(*rpy::gen::heap, inner);
    for (int64_t j = 0; j < i; ++j) rpy::list_append(inner, new_item(i * 100 + j));
    rpy::list_append(outer, inner);
    auto* garbage = rpy::list_filled<GenItem*>(10, nullptr);
    (void)garbage;
  }
  rpy::gen::heap->major_collect();
  size_t live = rpy::gen::heap->old_bytes();
  for (int64_t i = 0; i < 50; ++i) {
    ASSERT_EQ(outer->items[i]->len, i);
    for (int64_t j = 0; j < i; ++j) ASSERT_EQ(outer->items[i]->items[j]->n, i * 100 + j);
  }
  for (int64_t i = 0; i < 25; ++i) (void)rpy::list_pop_last(outer);  // a popped slot holds no reference
  outer = rpy::list_new<rpy::List<GenItem*>*>(0);                    // the old one unreachable, and what it held
  rpy::gen::heap->major_collect();
  EXPECT_LT(rpy::gen::heap->old_bytes(), live);
  EXPECT_TRUE(rpy::gen::heap->verify().empty());
}

INSTANTIATE_TEST_SUITE_P(Stress, GcList, ::testing::Values(0, 1, 2));

}  // namespace
