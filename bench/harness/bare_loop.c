/* The reference for rpy bench's overhead: a bare posix_spawn + wait4 loop over a program,
 * timed with CLOCK_MONOTONIC exactly around spawn..reap. Prints the median in microseconds.
 * Usage: bare_loop RUNS PROGRAM */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
extern char** environ;
static int cmp(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return x < y ? -1 : x > y;
}
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 200;
  char* args[] = {argv[2], NULL};
  double* t = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; ++i) {
    struct timespec a, b;
    struct rusage ru;
    int st;
    pid_t pid;
    clock_gettime(CLOCK_MONOTONIC, &a);
    if (posix_spawn(&pid, argv[2], NULL, NULL, args, environ) != 0) return 1;
    wait4(pid, &st, 0, &ru);
    clock_gettime(CLOCK_MONOTONIC, &b);
    t[i] = (double)(b.tv_sec - a.tv_sec) * 1e6 + (double)(b.tv_nsec - a.tv_nsec) * 1e-3;
  }
  qsort(t, (size_t)n, sizeof(double), cmp);
  printf("%.2f\n", t[n / 2]);
  return 0;
}
