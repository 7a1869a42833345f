# Functions taking *args (and **kw) kept as values and called through one variable: the call
# passes the tuple of extra arguments to whichever it is (the generated C++ left it out).
def total(*args):
    return sum(args)


def largest(*args):
    return max(args) if args else -1


def count(*args, **kw):
    return len(args) + len(kw)


def keys(*args, **kw):
    return len(args) * 100 + len(kw)


def first(x, *rest):
    return x + len(rest)


def last(x, *rest):
    return rest[-1] if rest else x


for f in [total, largest]:
    print(f(1, 2, 3), f())
for g in [count, keys]:
    print(g(1, 2), g(1, a=2), g())
for h in [first, last]:
    print(h(10, 20, 30), h(5))
