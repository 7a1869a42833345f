// Unit tests of rpy's sets against CPython: the hashes (values taken from CPython 3.11) and the
// iteration order its set algorithm gives.
#include <gtest/gtest.h>

#include "rpy/rpy.hpp"

namespace {

template <class K>
std::string repr_of(const rpy::Set<K>* s) {
  rpy::Buffer b;
  rpy::append_repr(b, s);
  return std::string(b.data, static_cast<size_t>(b.len));
}

}  // namespace

TEST(PyHash, IntsAreReducedModuloTwoToTheSixtyOneMinusOne) {
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<int64_t>::hash(5)), 5);
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<int64_t>::hash(-1)), -2);
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<int64_t>::hash(INT64_C(1) << 62)), 2);
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<int64_t>::hash(-(INT64_C(1) << 61))), -2);
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<int64_t>::hash((INT64_C(1) << 61) - 1)), 0);
}

TEST(PyHash, FloatsAndTuplesMatchCPython) {
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<double>::hash(1.5)), INT64_C(1152921504606846977));
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<double>::hash(1e20)), INT64_C(848750603811160107));
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<double>::hash(-3.25)), INT64_C(-576460752303423491));
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<double>::hash(2.0)), 2);  // equal numbers hash equal
  using T = std::tuple<int64_t, int64_t>;
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<T>::hash({1, 2})), INT64_C(-3550055125485641917));
  EXPECT_EQ(static_cast<int64_t>(rpy::PyHash<T>::hash({0, 0})), INT64_C(-8458139203682520985));
}

TEST(SetOrder, SmallIntsComeOutInTableOrder) {
  GC_INIT();
  auto* s = rpy::set_new<int64_t>();
  for (int64_t x : {3, 1, 2, 40, 20, 30, 8}) rpy::set_add(s, x);
  EXPECT_EQ(repr_of(s), "{1, 2, 3, 40, 8, 20, 30}");  // print(set([3, 1, 2, 40, 20, 30, 8])) in CPython
  rpy::dict_discard(s, 40);
  EXPECT_EQ(rpy::set_pop(s), 1);
  EXPECT_EQ(repr_of(s), "{2, 3, 8, 20, 30}");
}

TEST(SetOrder, CollisionsAndGrowthFollowCPython) {
  GC_INIT();
  auto* s = rpy::set_new<int64_t>();
  for (int64_t i = 0; i < 30; ++i) rpy::set_add(s, (i * 37) % 101);
  // list(u) for u built the same way in CPython 3.11
  auto* l = rpy::dict_keys(s);
  std::string got;
  for (int64_t i = 0; i < 6; ++i) got += std::to_string(l->items[i]) + " ";
  EXPECT_EQ(got, "0 3 6 10 13 16 ");
}
