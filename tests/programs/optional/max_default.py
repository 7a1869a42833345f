# min() and max() of an iterable with default=: the default when the iterable is empty (it may
# be None, so the result is a value that may be None), with or without key=.
import sys

xs = [7, 2, 9, 4]
empty = [x for x in xs if x > 100]
print(max(xs, default=None), max(empty, default=None), min(empty, default=-1))
print(min(xs, default=0), max([], default="nothing"))
words = ["pear", "fig", "banana"]
print(max(words, key=len, default=None), min([w for w in words if "z" in w], key=len, default="-"))
scores = {"ann": 3, "bob": 8, "cid": 5}
print(max(scores, key=scores.get, default=None))
best = max((x for x in xs if x > len(sys.argv) * 5), default=None)
if best is not None:
    print("best + 1 =", best + 1)
top = min((x * 0.5 for x in empty), default=None)
print("top:", top, top is None)
for limit in [1, 5, 8, 20]:
    print(limit, max([x for x in xs if x < limit], default=None))
