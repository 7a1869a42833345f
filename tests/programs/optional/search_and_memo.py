# Numbers and tuples that may be None (a best-so-far tuple, a search that returns an index or
# None, a dynamic-programming table of None, dict.get of an int-valued dict): merged, narrowed by
# 'is None' and truth tests, printed and compared as python3 does.
from itertools import permutations
from typing import Optional


def score(p):
    return p[0] * 3 - p[1] + p[2] * p[2]


def find(xs, v) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def fib(n):
    memo = [None] * (n + 1)
    memo[0] = 0
    memo[1] = 1
    for k in range(2, n + 1):
        if memo[k] is None:
            memo[k] = memo[k - 1] + memo[k - 2]
    return memo[n]


best = None
for p in permutations([1, 2, 3, 4]):
    s = score(p)
    if best is None or s > best[0]:
        best = (s, p)
print(best)
xs = [5, 3, 8]
i = find(xs, 3)
if i is not None:
    print(i + 1)
j = find(xs, 7)
print(i, j, i == 1, j == None, j != 1)
print(fib(30))
dist = {}
for key, d in [("a", 3), ("b", 5), ("a", 1), ("b", 9)]:
    v = dist.get(key)
    if v is None or d < v:
        dist[key] = d
print(dist)
z = None
for q in [0, 2]:
    if z:
        print("truthy", z)
    else:
        print("falsy", z)
    z = q
if z:
    print("truthy", z)
print(str(j), repr(i), [i, j])
t = None
print(t)
t = 2.5
print(t * 2)
