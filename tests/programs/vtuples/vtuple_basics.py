# Tuples whose length is known only at run time: tuple() of a list, a string, a generator.
import sys

words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = tuple(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])

n = len(sys.argv) + 3
lst = [i * i for i in range(n)]
t = tuple(lst)
print(t, len(t), t[0], t[-1], t[1:3], t[::2], t[::-1])
print(3 in t, 5 in t, 16 not in t)
print(t + (1,), (7,) + t, t * 2, 2 * t, t * 0)
print(t.index(9), t.count(4), t.count(5))
a, b, c, d = tuple(lst[:4])
print(a, b, c, d)
g = tuple(x * 2 for x in lst)
print(g, str(g), repr(g))
one = tuple(lst[:1])
print(one, str(one), repr(one), tuple(lst[:0]))
s = tuple("abc")
print(s, len(s))
print(tuple(t) == t, t == tuple(lst), t != tuple(lst[1:]))
print(tuple([1, 2]) == (1, 2), (1, 2) == tuple([1, 2]), tuple([1, 2]) == (1, 2, 3))
print(tuple([1, 2]) < (1, 3), (1, 2) < tuple([1, 2, 0]), tuple([2]) > tuple([1, 9]))
print(hash(tuple([1, 2])) == hash((1, 2)), hash(tuple(lst[:0])) == hash(()))
print(hash(tuple([1, 2, 3])), hash(tuple(["a"])) == hash(("a",)))
for x in t:
    print(x, end=" ")
print()
print(sum(t), min(t), max(t), sorted(t, reverse=True), list(t))
print(isinstance(t, tuple), isinstance(t, list))
e = tuple(lst[:0])
print(e, len(e), bool(e), bool(t))
t += (100,)
print(t, lst)
