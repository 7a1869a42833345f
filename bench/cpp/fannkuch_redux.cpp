// fannkuch_redux.cpp: bench/programs/fannkuch_redux.py in C++ (same permutation order).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <utility>
#include <vector>

static std::pair<long, long> fannkuch(int n) {
  std::vector<int> perm1(n), perm(n), count(n, 0);
  std::iota(perm1.begin(), perm1.end(), 0);
  long max_flips = 0, checksum = 0, perm_count = 0;
  int r = n;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      --r;
    }
    perm = perm1;
    long flips = 0;
    for (int k = perm[0]; k != 0; k = perm[0]) {
      std::reverse(perm.begin(), perm.begin() + k + 1);
      ++flips;
    }
    max_flips = std::max(max_flips, flips);
    checksum += perm_count % 2 == 0 ? flips : -flips;
    for (;;) {
      if (r == n) return {checksum, max_flips};
      int first = perm1[0];
      for (int i = 0; i < r; ++i) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      if (--count[r] > 0) break;
      ++r;
    }
    ++perm_count;
  }
}

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 7;
  auto [checksum, flips] = fannkuch(n);
  std::printf("%ld\nPfannkuchen(%d) = %ld\n", checksum, n, flips);
  return 0;
}
