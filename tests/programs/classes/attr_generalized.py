# python2
# RPython's generalize_attr: an attribute stored by subclasses and read through the base class
# lives in the base; a class attribute of the same name is the default of the instances that do
# not store it.
class Base(object):
    kind = 0

    def describe(self):
        return "kind=%d" % self.kind


class A(Base):
    def __init__(self):
        self.kind = 1


class B(Base):
    def __init__(self, msg):
        self.kind = 2
        self.msg = msg


class C(Base):
    pass


class Node(object):
    pass


class Leaf(Node):
    def __init__(self, v):
        self.value = v


class Pair(Node):
    def __init__(self, a, b):
        self.value = a + b
        self.left = a


def make(n):
    if n == 1:
        return A()
    if n == 2:
        return B("error")
    if n == 3:
        return C()
    return Base()


def node(n):
    if n % 2:
        return Leaf(n)
    return Pair(n, 1)


def entry_point(argv):
    for i in range(5):
        x = make(i)
        print i, x.kind, x.describe()
        if x.kind == 2:
            print x.msg
    total = 0
    for i in range(6):
        nd = node(i)
        total += nd.value
        if isinstance(nd, Pair):
            total += nd.left
    print total
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
