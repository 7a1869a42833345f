# Decorators whose wrapper takes no parameter for the instance (def wrapper(*args, **kwargs)),
# applied to methods: Python passes the receiver as args[0], evaluated once.
import functools
import time

calls = []


def counted(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, len(args), len(kwargs))
        result = fn(*args, **kwargs)
        print("done", fn.__name__)
        return result

    return wrapper


def timed(fn):
    def wrapper(*args, **kwargs):
        t0 = time.time()
        r = fn(*args, **kwargs)
        if time.time() - t0 < 0:
            print("clock went back")
        return r

    return wrapper


def first_arg(fn):
    def wrapper(*args):
        print("receiver is", type(args[0]).__name__, "args", len(args) - 1)
        return fn(*args)

    return wrapper


def with_flag(fn):
    def wrapper(*args, verbose=False, **kwargs):
        if verbose:
            print("verbose", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


class Box:
    made = 0

    def __init__(self, v):
        self.v = v

    @counted
    def get(self, plus=0):
        return self.v + plus

    @logged
    def scale(self, k, offset=0):
        return self.v * k + offset

    @timed
    def name(self):
        return "Box(%d)" % self.v

    @first_arg
    def pair(self, a, b):
        return (self.v, a, b)

    @with_flag
    def add(self, x, y=1):
        return self.v + x + y

    @counted
    @logged
    def stacked(self, s):
        return s * self.v


def make_box(v):
    Box.made += 1
    print("make_box", v)
    return Box(v)


b = Box(7)
print(b.get(3))
print(b.get())
print(b.get(plus=5))
print(b.scale(2))
print(b.scale(3, offset=1))
print(b.scale(k=4))
print(b.name())
print(b.pair(1, "x"))
print(b.add(2))
print(b.add(2, y=10, verbose=True))
print(b.stacked("ab"))
# the receiver is evaluated once
print(make_box(4).get(1), Box.made)
print(make_box(5).scale(2), Box.made)
# a bound method value
m = b.get
print(m(100))
g = Box(2).scale
print(g(5))
# through the class, the instance passed explicitly
print(Box.get(b, 1))
print(calls)


class Sub(Box):
    @counted
    def get(self, plus=0):
        return self.v * 10 + plus


items = [Box(1), Sub(2)]
for it in items:
    print(it.get(), it.get(4), it.name())
print(calls)


# __init__ decorated so, called through the class and through a class value; __eq__ through ==;
# a generator method
class P:
    @counted
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    @counted
    def __eq__(self, other):
        return self.x == other.x

    @counted
    def gen(self, n):
        for i in range(n):
            yield self.x + i


class Q(P):
    pass


p = P(1, y=2)
print(p.x, p.y)
print(p == P(1), p == P(3))
print(list(p.gen(3)))
for c in [P, Q]:
    o = c(5)
    print(o.x, o.y)
print(len(calls))


# an __init__ taking *args and **kw called through a class value (its tuple was not passed)
class R:
    def __init__(self, *args, **kw):
        self.n = len(args) + len(kw)


class S(R):
    pass


for c in [R, S]:
    print(c(1, 2).n, c(1, k=3).n)
