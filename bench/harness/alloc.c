/* Allocates and touches N MiB (argv[1]), for checking peak-memory figures. */
#include <stdlib.h>
#include <string.h>
int main(int argc, char** argv) {
  size_t mib = argc > 1 ? (size_t)atol(argv[1]) : 0;
  char* p = mib ? malloc(mib << 20) : 0;
  if (p) memset(p, 1, mib << 20);
  return p && p[12345] != 1;
}
