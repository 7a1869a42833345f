# python2
# Python 2 classic classes (no `object` base) word AttributeError as "Node instance has no
# attribute 'x'"; new-style classes as "'Node' object has no attribute 'x'". Both shapes: a
# field only one subclass sets, and a method only subclasses define.
class Node:
    def describe(self):
        return self.label()


class Leaf(Node):
    def __init__(self, value):
        self.value = value

    def label(self):
        return "leaf %d" % self.value


class Empty(Node):
    pass


class Shape(object):
    def area(self):
        return self.side * self.side


class Square(Shape):
    def __init__(self, side):
        self.side = side


class Dot(Shape):
    pass


def value_of(n):
    return n.value


def make(i):
    if i == 0:
        return Leaf(7)
    if i == 1:
        return Empty()
    return Node()


def shape(i):
    if i == 0:
        return Square(3)
    return Dot()


def entry_point(argv):
    for i in range(3):
        n = make(i)
        for step in range(2):
            try:
                if step == 0:
                    print n.describe()
                else:
                    print value_of(n)
            except AttributeError as e:
                print 'AttributeError:', e
    for i in range(2):
        try:
            print shape(i).area()
        except AttributeError as e:
            print 'AttributeError:', e
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
