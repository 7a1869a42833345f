// dict_tuples.cpp: bench/programs/dict_tuples.py in C++: the live cells and the neighbour
// counts in std::unordered_map keyed by a (x, y) struct with its own hash.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

constexpr int kSize = 128;

struct Point {
  int x, y;
  bool operator==(const Point& o) const { return x == o.x && y == o.y; }
  bool operator<(const Point& o) const { return x != o.x ? x < o.x : y < o.y; }
};

struct PointHash {
  size_t operator()(const Point& p) const {
    return std::hash<std::uint64_t>()((std::uint64_t(std::uint32_t(p.x)) << 32) | std::uint32_t(p.y));
  }
};

using Board = std::unordered_map<Point, int, PointHash>;

const Point kNeighbours[] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  long next(long n) {
    state_ = (state_ * 1664525 + 1013904223) % 4294967296ULL;
    return static_cast<long>((state_ >> 8) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

Board soup(Random& rng) {
  Board cells;
  for (int y = 0; y < kSize; ++y)
    for (int x = 0; x < kSize; ++x)
      if (rng.next(100) < 35) cells[{x, y}] = 0;
  return cells;
}

int wrap(int v) { return ((v % kSize) + kSize) % kSize; }

Board step(const Board& cells) {
  std::unordered_map<Point, int, PointHash> counts;
  for (const auto& [p, age] : cells)
    for (const Point& d : kNeighbours) ++counts[{wrap(p.x + d.x), wrap(p.y + d.y)}];
  Board next;
  for (const auto& [p, count] : counts) {
    auto it = cells.find(p);
    if (count == 3)
      next[p] = (it == cells.end() ? -1 : it->second) + 1;
    else if (count == 2 && it != cells.end())
      next[p] = it->second + 1;
  }
  return next;
}

}  // namespace

int main(int argc, char** argv) {
  long generations = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 50;
  Random rng(7);
  Board cells = soup(rng);
  std::vector<size_t> history;
  for (long g = 0; g < generations; ++g) {
    cells = step(cells);
    history.push_back(cells.size());
  }
  std::vector<std::pair<Point, int>> sorted(cells.begin(), cells.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  int oldest_age = -1;
  Point oldest{0, 0};
  long checksum = 0;
  for (const auto& [p, age] : sorted) {
    checksum = (checksum * 31 + p.x * kSize + p.y + age) % 1000000007;
    if (age > oldest_age) {
      oldest_age = age;
      oldest = p;
    }
  }
  std::printf("%ld generations: %zu cells, oldest %d at (%d, %d), checksum %ld\n", generations, cells.size(), oldest_age, oldest.x,
              oldest.y, checksum);
  std::string populations;
  for (size_t i = 0; i < history.size(); i += 10) {
    if (i) populations += ' ';
    populations += std::to_string(history[i]);
  }
  std::printf("population every 10 generations: %s\n", populations.c_str());
  return 0;
}
