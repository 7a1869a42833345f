# Tuples of unknown length in comprehensions, sets, dicts, formatting, unpacking, *args, nested.
import sys
def f(*args):
    return args
print(f(1, 2), f(3))
n = len(sys.argv)
rows = [tuple(range(k)) for k in range(n + 3)]
print(rows, sorted(rows, reverse=True), min(rows), max(rows))
s = set(rows)
print(s)
print({t: len(t) for t in rows})
nested = tuple(tuple(range(k)) for k in range(3))
print(nested, nested[1], len(nested))
print(tuple([1.5, 2]), tuple([True]), tuple(["x", "yz"]))
u = tuple(x for x in "hello" if x != "l")
print(u, "".join(u), list(reversed(u)), sorted(u))
print(tuple({3: 1, 1: 2}), tuple({5, 6}))
x = (1, 2)
if n > 0:
    x = tuple([4, 5, 6])
print(x, x == (4, 5, 6), x[1:], len(x))
print(tuple(rows[2]) is rows[2], tuple(x) == x)
t = tuple([1, 2, 3])
print("%s" % (t,), "{}".format(t), f"{t}", str(t), repr(t))
p, *q = tuple([1, 2, 3])
print(p, q)
print(any(t), all(t), sum(t), list(enumerate(t)), list(zip(t, t)))
print(tuple([None, None]))
# max() and min() of several tuples compare them item by item; fixed tuples of different lengths merge.
ps = [tuple([n + 5, 1]), tuple([n, 2]), tuple([n + 1])]
print(max(ps), min(ps))
a = tuple([n, 3])
b = tuple([n, 2, 9])
print(max(a, b), min(a, b), max(a, (1, 1)), min((1, 1), a, (0, 5, 5)), max((1, "a"), (1, "b")))
