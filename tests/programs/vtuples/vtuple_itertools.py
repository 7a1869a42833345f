# itertools results whose tuple length is known only at run time.
import itertools
import sys

xs = [1, 2, 3]
for p in itertools.permutations(xs):
    print(p)
print(list(itertools.permutations("ab")))
print(len(list(itertools.permutations(range(5)))))
n = len(sys.argv) + 1
for c in itertools.product(range(2), repeat=n):
    print(c, end=" ")
print()
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.product(range(2), "xy", repeat=1)))
print(list(itertools.product([1, 2], repeat=0)))
for c in itertools.product(xs, ["a", "b"]):
    print(c, end=" ")
print()
print(list(itertools.product(xs)))
print(list(itertools.permutations(xs, n)), list(itertools.permutations(xs, 4)))
print(list(itertools.combinations(range(5), n + 2)))
print(list(itertools.combinations(xs, 0)), list(itertools.combinations(xs, 1)))
print(list(itertools.permutations(xs, 1)), list(itertools.permutations([], 0)))
best = max(itertools.permutations(xs), key=lambda p: p[0] * 10 + p[2])
print(best)
try:
    list(itertools.permutations(xs, -n))
except ValueError as e:
    print("ValueError", e)
try:
    list(itertools.product(xs, repeat=-n))
except ValueError as e:
    print("ValueError", e)
