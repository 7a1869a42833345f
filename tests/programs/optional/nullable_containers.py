# Lists, strs and dicts that may be None, read where Python needs their value: subscripts, item
# stores, slices, len(), `in`, + and %: Python's TypeError after every operand ran (was a
# segmentation fault, and a slice of a None list printed []).
class A:
    def __init__(self, n):
        self.n = n
        self.xs = [1, 2, 3]

    def m(self, k):
        return self.n + k


def make(n):
    if n > 0:
        return A(n)
    return None


def lst(n):
    if n > 0:
        return [1, 2, 3]
    return None


def g(tag):
    print("g", tag)
    return 1


def attempt(i, n):
    a = make(n)
    xs = lst(n)
    try:
        if i == 0:
            print(a.m(g("method arg")))
        elif i == 1:
            print(xs[g("index")])
        elif i == 2:
            xs[g("store index")] = g("stored value")
            print(xs)
        elif i == 3:
            print(g("left") + a.n)
        elif i == 4:
            a.n = g("attr value")
            print(a.n)
        elif i == 5:
            print(len(xs) + g("after len"))
        elif i == 6:
            print(xs[g("lo"):g("hi")])
        elif i == 7:
            print(g("before in") in xs)
        elif i == 8:
            print(make(n).m(g("call receiver")))
        elif i == 9:
            print(lst(n)[g("call list")])
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


for i in range(10):
    attempt(i, 1)
    attempt(i, 0)


def mk(n):
    if n > 0:
        return "abc"
    return None


def md(n):
    if n > 0:
        return {1: 2}
    return None


def attempt2(i, n):
    s = mk(n)
    d = md(n)
    try:
        if i == 0:
            print(len(s))
        elif i == 1:
            print(s[1])
        elif i == 2:
            print(s + "x")
        elif i == 3:
            print(d[1])
        elif i == 4:
            print(1 in d)
        elif i == 5:
            print(("%s!" % s) if s is not None else "none")
        elif i == 6:
            print(len(d))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


for i in range(7):
    attempt2(i, 1)
    attempt2(i, 0)


def fmt(n):
    f = "<%d>" if n > 0 else None
    try:
        print(f % n)
    except TypeError as e:
        print("TypeError", e)
    xs = [1] if n > 0 else None
    try:
        print([0] + xs)
    except TypeError as e:
        print("TypeError", e)


fmt(1)
fmt(0)
