// Unit tests of rpy/timsort.hpp, Python's list sort: sorted and stable under a total order with
// either merge rule, the comparisons CPython makes on runs, a permutation left behind when a
// comparison throws, and CPython's order for floats with NaNs (values from python3 3.11 and
// python2.7). The programs in tests/programs/lists/sort_*.py check it against the interpreters.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "rpy/timsort.hpp"

namespace {

using rpy::timsort::Merges;
using Item = std::pair<int, int>;  // (value, original position)

struct Scratch {
  std::vector<Item>* room;
  Item* operator()(int64_t n) {
    if (room->size() < static_cast<size_t>(n)) room->resize(static_cast<size_t>(n));
    return room->data();
  }
};

std::vector<Item> make(uint32_t seed, int n, int shape) {
  std::vector<Item> xs;
  for (int i = 0; i < n; ++i) {
    seed = seed * 1103515245u + 12345u;
    int r = static_cast<int>((seed >> 8) % 1000);
    int v = shape == 0 ? r : shape == 1 ? i % 97 + r % 3 : shape == 2 ? 1000 - i % 131 : r % 4;
    xs.emplace_back(v, i);
  }
  return xs;
}

int64_t sort_counting(std::vector<Item>& xs, bool reverse, Merges merges) {
  int64_t compares = 0;
  std::vector<Item> room;
  rpy::timsort::sort(
      xs.data(), static_cast<int64_t>(xs.size()), reverse, merges,
      [&](const Item& a, const Item& b) {
        ++compares;
        return a.first < b.first;
      },
      Scratch{&room});
  return compares;
}

}  // namespace

TEST(Timsort, SortedAndStableUnderATotalOrder) {
  for (Merges merges : {Merges::Powersort, Merges::Classic})
    for (int n : {0, 1, 2, 3, 31, 64, 65, 200, 1000, 4099})
      for (int shape = 0; shape < 4; ++shape)
        for (bool reverse : {false, true}) {
          std::vector<Item> xs = make(static_cast<uint32_t>(n * 7 + shape), n, shape), want = xs;
          sort_counting(xs, reverse, merges);
          if (reverse) {  // Python: equal items keep their order when reversing too
            std::stable_sort(want.begin(), want.end(), [](const Item& a, const Item& b) { return a.first > b.first; });
          } else {
            std::stable_sort(want.begin(), want.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
          }
          ASSERT_EQ(xs, want) << "n=" << n << " shape=" << shape << " reverse=" << reverse;
        }
}

TEST(Timsort, OneRunCostsOneComparisonPerItem) {
  std::vector<Item> up, down;
  for (int i = 0; i < 1000; ++i) {
    up.emplace_back(i, i);
    down.emplace_back(1000 - i, i);
  }
  EXPECT_EQ(sort_counting(up, false, Merges::Powersort), 999);  // python3: 999 calls of __lt__
  EXPECT_EQ(sort_counting(down, false, Merges::Classic), 999);  // a strictly descending run, reversed
  EXPECT_EQ(down.front().first, 1);
}

TEST(Timsort, AComparisonThatThrowsLeavesAPermutation) {
  for (Merges merges : {Merges::Powersort, Merges::Classic})
    for (int limit : {1, 10, 100, 1000, 5000}) {
      std::vector<Item> xs = make(42, 2000, 0), before = xs;
      int calls = 0;
      std::vector<Item> room;
      EXPECT_THROW(rpy::timsort::sort(
                       xs.data(), static_cast<int64_t>(xs.size()), true, merges,
                       [&](const Item& a, const Item& b) {
                         if (++calls > limit) throw std::runtime_error("budget");
                         return a.first < b.first;
                       },
                       Scratch{&room}),
                   std::runtime_error);
      std::sort(xs.begin(), xs.end());
      std::sort(before.begin(), before.end());
      EXPECT_EQ(xs, before) << "limit=" << limit;
    }
}

TEST(Timsort, NaNsEndWhereCPythonLeavesThem) {
  const double nan = std::nan("");
  auto sorted = [&](std::vector<double> xs, bool reverse) {
    std::vector<double> room;
    rpy::timsort::sort(
        xs.data(), static_cast<int64_t>(xs.size()), reverse, Merges::Powersort, [](double a, double b) { return a < b; },
        [&](int64_t n) {
          if (room.size() < static_cast<size_t>(n)) room.resize(static_cast<size_t>(n));
          return room.data();
        });
    return xs;
  };
  auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
    return true;
  };
  // sorted([3.0, nan, 1.0, 2.0, 0.5, nan, -1.0, 7.0]) and with reverse=True (python3 3.11 and
  // python2.7 agree on these)
  std::vector<double> xs = {3.0, nan, 1.0, 2.0, 0.5, nan, -1.0, 7.0};
  EXPECT_TRUE(same(sorted(xs, false), {3.0, nan, -1.0, 0.5, 1.0, 2.0, nan, 7.0}));
  EXPECT_TRUE(same(sorted(xs, true), {3.0, nan, nan, 7.0, 2.0, 1.0, 0.5, -1.0}));
  EXPECT_TRUE(same(sorted({5.0, 1.0, nan, 3.0}, false), {1.0, 3.0, 5.0, nan}));
}
