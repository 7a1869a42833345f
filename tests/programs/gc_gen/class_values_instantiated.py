# --gc=gen, instantiating a class value (docs/GC.md, "Class values"): cls(args) where cls may be
# one of several classes (a parameter, a list or dict of classes, a factory attribute, the class
# of an instance) evaluates its arguments into temporaries, allocates the class the value names
# and runs its __init__. The arguments are young instances that later arguments' allocations may
# move, and __init__ allocates while the new object waits: under RPY_GC_STRESS=1/2 and the small
# nurseries (programs/gc_gen_stress), an argument or a new object left unrooted is read after it
# moved. Also rpython.rlib.objectmodel.instantiate() (an allocation without __init__).
from rpython.rlib.objectmodel import instantiate


class Leaf(object):
    def __init__(self, v):
        self.v = v


class Shape(object):
    kind = "shape"

    def __init__(self, a, b):
        # allocates while self is young: self must be rooted by the caller's code
        self.parts = [Leaf(a.v), Leaf(b.v)]
        self.first = a
        self.second = b
        self.extra = Leaf(a.v * b.v)

    def area(self):
        return 0

    def describe(self):
        return "%s(%d, %d) extra=%d" % (self.kind, self.first.v, self.second.v, self.extra.v)


class Rect(Shape):
    kind = "rect"

    def area(self):
        return self.first.v * self.second.v


class Tri(Shape):
    kind = "tri"

    def __init__(self, a, b):
        Shape.__init__(self, a, b)
        self.half = Leaf((a.v * b.v) // 2)

    def area(self):
        return self.half.v


class Square(Rect):
    kind = "square"


def build(cls, x, y):
    # both arguments young; the second's allocation may move the first
    return cls(Leaf(x), Leaf(y))


def from_table(classes, n):
    out = []
    for i in range(n):
        k = classes[i % len(classes)]
        out.append(k(Leaf(i), Leaf(i + 1)))
    return out


FACTORY = {"rect": Rect, "tri": Tri, "square": Square, "shape": Shape}


class Registry(object):
    def __init__(self, default):
        self.default = default
        self.made = []

    def make(self, name, a, b):
        cls = FACTORY.get(name, self.default)
        s = cls(a, b)
        self.made.append(s)
        return s


def clone(s):
    # the class of an instance, instantiated again
    return s.__class__(Leaf(s.first.v + 1), Leaf(s.second.v + 1))


class Node(object):
    def __init__(self):
        self.value = 0
        self.next = None


def raw_chain(n):
    head = None
    for i in range(n):
        node = instantiate(Node)  # no __init__: the fields are set here
        node.value = i
        node.next = head
        head = node
    return head


def main():
    total = 0
    for cls in [Rect, Tri, Square, Shape]:
        s = build(cls, 3, 4)
        total += s.area()
        print(s.describe(), s.area(), len(s.parts))
    shapes = from_table([Tri, Rect, Square], 60)
    print(len(shapes), sum([s.area() for s in shapes]))
    print(shapes[7].describe(), shapes[59].describe())
    reg = Registry(Shape)
    old = Leaf(10)
    for name in ["rect", "tri", "nothing", "square", "tri"] * 8:
        reg.make(name, old, Leaf(len(name)))
    print(len(reg.made), sum([m.area() for m in reg.made]), reg.made[-1].describe())
    c = clone(reg.made[3])
    print(c.describe(), c.area())
    copies = [clone(s) for s in shapes[:20]]
    print(sum([s.area() for s in copies]), copies[19].describe())
    head = raw_chain(50)
    acc = 0
    while head is not None:
        acc += head.value
        head = head.next
    print(acc)
    print(total)


if __name__ == "__main__":
    main()
