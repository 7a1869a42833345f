// binary-trees written by hand against rpy's own heap (runtime/gc), for docs/GC.md's first measurement.
#include <cstdio>
#include <cstdlib>
#include "gc/heap.hpp"
using namespace rpy::gc;
struct Node {
  Node* l;
  Node* r;
};
static Heap* H;
static uint32_t T;
static Node* make(int d) {
  if (d == 0) return static_cast<Node*>(H->alloc(T));
  Node* l = make(d - 1);
  Roots roots(*H, l);
  Node* r = make(d - 1);
  Roots r2(*H, r);
  auto* n = static_cast<Node*>(H->alloc(T));
  n->l = l;
  n->r = r;
  return n;
}
static long check(Node* n) { return n->l ? 1 + check(n->l) + check(n->r) : 1; }
int main(int argc, char** argv) {
  int maxd = argc > 1 ? atoi(argv[1]) : 18, mind = 4;
  TypeDesc d;
  d.name = "Node";
  d.fixed_size = sizeof(Node);
  d.ptr_offsets = {0, 8};
  T = register_type(d);
  Heap heap(Config::from_env());
  H = &heap;
  {
    Node* s = make(maxd + 1);
    printf("stretch tree of depth %d\t check: %ld\n", maxd + 1, check(s));
  }
  Node* longl = make(maxd);
  Roots rl(heap, longl);
  for (int dd = mind; dd <= maxd; dd += 2) {
    long it = 1L << (maxd - dd + mind), c = 0;
    for (long i = 0; i < it; ++i) c += check(make(dd));
    printf("%ld\t trees of depth %d\t check: %ld\n", it, dd, c);
  }
  printf("long lived tree of depth %d\t check: %ld\n", maxd, check(longl));
  heap.print_stats(stderr);
}
