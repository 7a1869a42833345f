# any(), all() and next() of a generator expression stop at the item that decides: the later
# items are never computed (their calls do not run, their exceptions are not raised), with one
# or several `for` clauses, and next()'s default or StopIteration when nothing is produced.
def f(x):
    print("f", x)
    return x > 1
print(any(f(x) for x in [1, 2, 3]))
print(all(not f(x) for x in [0, 5, 6]))
print(sum(x for x in range(5) if f(x)))
def h(n):
    print("h", n)
    return n
print(next(h(x) for x in [4, 5, 6] if x > 4))
print(next((h(x) for x in [] if x > 4), -1))
try:
    print(next(h(x) for x in [1, 2] if x > 4))
except StopIteration:
    print("stop")
print(any(h(x) > 2 for y in [1, 2, 3] for x in [y, y * 10] if x > 1))
print(all(h(x) < 20 for y in [1, 2, 3] for x in [y, y * 10]))
print(any(1 / x > 0 for x in [1, 0]))
