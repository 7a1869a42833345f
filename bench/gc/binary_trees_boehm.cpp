// binary-trees written by hand against Boehm GC, the same program as binary_trees_heap.cpp.
#include <cstdio>
#include <cstdlib>
#include <gc/gc.h>
struct Node {
  Node* l;
  Node* r;
};
static Node* make(int d) {
  auto* n = static_cast<Node*>(GC_MALLOC(sizeof(Node)));
  if (d == 0) return n;
  n->l = make(d - 1);
  n->r = make(d - 1);
  return n;
}
static long check(Node* n) { return n->l ? 1 + check(n->l) + check(n->r) : 1; }
int main(int argc, char** argv) {
  GC_INIT();
  int maxd = argc > 1 ? atoi(argv[1]) : 18, mind = 4;
  {
    Node* s = make(maxd + 1);
    printf("stretch tree of depth %d\t check: %ld\n", maxd + 1, check(s));
  }
  Node* longl = make(maxd);
  for (int dd = mind; dd <= maxd; dd += 2) {
    long it = 1L << (maxd - dd + mind), c = 0;
    for (long i = 0; i < it; ++i) c += check(make(dd));
    printf("%ld\t trees of depth %d\t check: %ld\n", it, dd, c);
  }
  printf("long lived tree of depth %d\t check: %ld\n", maxd, check(longl));
  fprintf(stderr, "boehm: %zu collections\n", (size_t)GC_get_gc_no());
}
