# Starred items in displays and calls (Python 3): [a, *b, c], (a, *b), {a, *b}, f(x, *a, y, *b),
# print(*a, *b), f(*g()) of a function: evaluated left to right; a set is built as CPython builds
# it (BUILD_SET, SET_UPDATE, SET_ADD), so its order is CPython's. Refused before ("starred
# expressions in displays are not supported", "f(*args) must be the last positional argument").
import sys

def g(n):
    for i in range(n):
        yield i * i

def trace(tag, v):
    print("eval", tag)
    return v

def f(*args):
    return args

def h(a, b, *rest):
    return a + b + sum(rest)

a = [1, 2]
b = (3, 4)
if len(sys.argv) > 5:
    a.append(9)
print([*a, *b], [0, *a, 5, *g(3)], [*"abc"])
print((*b, 5), (*a,), (0, *a, *b, 7))
s = {*a, *b, 10, *range(20, 25)}
print(s, {*[]} if False else set(), sorted({*"hello"}))
print(*a, *b, sep="-")
print(*a, 3, end="!\n")
print(f(*b, *b), f(0, *b, 1))
print(h(*b, *b), h(1, *b), h(*b, 5, 6))
def tl(tag, v):
    print("eval", tag)
    return v

def tt(tag, v):
    print("eval", tag)
    return v

def tv(tag, v):
    print("eval", tag)
    return v

def tu(tag, v):
    print("eval", tag)
    return v

print([trace("a", 1), *tl("b", [2, 3]), trace("c", 4)])
print((trace("x", 1), *tt("y", (2,)), trace("z", 3)))
print(f(trace("p", 1), *tv("q", (2, 3)), trace("r", 4), *tu("s", (5,))))
big = {*range(100, 140), *[1000 + 7 * i for i in range(30)], 5}
print(list(big))
words = ["x", "yy"]
print({*words, "zz"} == {"x", "yy", "zz"}, len([*words, *words]))
m = [[*row, 0] for row in [[1], [2, 3]]]
print(m)
