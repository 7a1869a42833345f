# args: 12
# sys.argv read at module level (no main block): the binary's own arguments, not the translator's.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100
start = time.time()
LIMIT = N * 3


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = 0
best_at = 0
for k in range(1, LIMIT):
    s = collatz(k)
    if s > best:
        best, best_at = s, k
print(N, LIMIT, best, best_at)
print(time.time() - start >= 0.0)
