# Instances created in a loop that escape (into a list, a dict, another object's attribute, a
# global registry, a closure, a *args tuple, a bound method, a returned value) must stay distinct
# objects: were any of them put in the loop's frame, every saved reference would see the last one.
from __future__ import print_function
class Cell(object):
    def __init__(self, v):
        self.v = v

    def me(self):
        return self

    def register(self):
        REGISTRY.append(self)

    def show(self):
        return "Cell(%d)" % self.v


class Box(object):
    def __init__(self):
        self.cell = None


REGISTRY = []


def ident(x):
    return x


def first_of(*args):
    return args[0]


def keep_in_list(n):
    out = []
    for i in range(n):
        c = Cell(i)
        c.v = c.v * 10
        out.append(c)
    return [c.v for c in out]


def keep_in_dict(n):
    d = {}
    for i in range(n):
        c = Cell(i)
        d[i] = c
    return [d[i].v for i in range(n)]


def keep_in_attr(n):
    boxes = []
    for i in range(n):
        c = Cell(i + 100)
        b = Box()
        b.cell = c
        boxes.append(b)
    return [b.cell.v for b in boxes]


def keep_by_registry(n):
    for i in range(n):
        c = Cell(i + 200)
        c.register()
    return [c.v for c in REGISTRY]


def keep_by_identity_function(n):
    kept = []
    for i in range(n):
        c = Cell(i + 300)
        kept.append(ident(c))
    return [c.v for c in kept]


def keep_by_method_returning_self(n):
    kept = []
    for i in range(n):
        c = Cell(i + 400)
        kept.append(c.me())
    return [c.v for c in kept]


def keep_by_star_args(n):
    kept = []
    for i in range(n):
        c = Cell(i + 500)
        kept.append(first_of(c, 0))
    return [c.v for c in kept]


def keep_bound_methods(n):
    shows = []
    for i in range(n):
        c = Cell(i + 600)
        shows.append(c.show)
    return [m() for m in shows]


def keep_in_closure(n):
    fs = []
    for i in range(n):
        c = Cell(i + 700)
        fs.append(getter_of(c))
    return [f() for f in fs]


def identity_after_loop(n):
    prev = None
    same = 0
    for i in range(n):
        c = Cell(i)
        if c is prev:
            same += 1
        prev = c
    return same


def getter_of(c):
    def get():
        return c.v

    return get


def factory(i):
    c = Cell(i)
    c.v += 1
    return c


def main():
    print(keep_in_list(4))
    print(keep_in_dict(4))
    print(keep_in_attr(3))
    print(keep_by_registry(3))
    print(keep_by_identity_function(3))
    print(keep_by_method_returning_self(3))
    print(keep_by_star_args(3))
    print(keep_bound_methods(3))
    print(keep_in_closure(3))
    print(identity_after_loop(5))
    made = [factory(i) for i in range(3)]
    print([c.v for c in made])
    return 0


def entry_point(argv):
    return main()


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
