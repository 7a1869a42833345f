# A function is equal to itself only: `is`, `==`, `!=` and `is not` between values that may hold
# one of several functions (each coded as an index into its own set of functions), with the left
# operand evaluated first.
import sys


def a(x):
    return x + 1


def b(x):
    return x * 2


def c(x):
    return x - 3


def pick(n):
    print("pick", n)
    if n > 1:
        return b
    return a


def pick3(n):
    if n == 0:
        return a
    if n == 1:
        return b
    return c


f = pick(len(sys.argv))
g = pick(5)
print(f is a, f is b, f is not b, a is f, b is f)
print(f == a, f == b, f != b, a == f, b != f)
print(g is a, g is b, f is g, f == g, g != f)
print(pick(1) is pick(2), pick(2) == pick(3))
for i in range(3):
    h = pick3(i)
    print(i, h is a, h == b, h != c, h is f, h == g, c == h)
fs = [a, b, c]
print([k is f for k in fs], [k == g for k in fs])
