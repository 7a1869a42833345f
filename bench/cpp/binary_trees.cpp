// binary_trees.cpp: bench/programs/binary_trees.py in C++: every node a separate heap
// object owned by its parent through std::unique_ptr, trees freed as they die.
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Node {
  std::unique_ptr<Node> left, right;

  Node(std::unique_ptr<Node> l, std::unique_ptr<Node> r) : left(std::move(l)), right(std::move(r)) {}

  long check() const {
    if (!left) return 1;
    return 1 + left->check() + right->check();
  }
};

std::unique_ptr<Node> make_tree(int depth) {
  if (depth == 0) return std::make_unique<Node>(nullptr, nullptr);
  return std::make_unique<Node>(make_tree(depth - 1), make_tree(depth - 1));
}

}  // namespace

int main(int argc, char** argv) {
  int max_depth = argc > 1 ? std::atoi(argv[1]) : 10;
  const int min_depth = 4;
  if (max_depth < min_depth + 2) max_depth = min_depth + 2;
  int stretch = max_depth + 1;
  std::printf("stretch tree of depth %d\t check: %ld\n", stretch, make_tree(stretch)->check());
  std::unique_ptr<Node> long_lived = make_tree(max_depth);
  for (int depth = min_depth; depth <= max_depth; depth += 2) {
    long iterations = 1L << (max_depth - depth + min_depth);
    long check = 0;
    for (long i = 0; i < iterations; ++i) check += make_tree(depth)->check();
    std::printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, check);
  }
  std::printf("long lived tree of depth %d\t check: %ld\n", max_depth, long_lived->check());
  return 0;
}
