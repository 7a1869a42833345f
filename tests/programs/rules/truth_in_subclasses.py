# python2
# The truth of an instance whose class may be any of a hierarchy where only some classes define
# __nonzero__ or __len__: Python asks the class of the value at run time (__nonzero__ found
# along its MRO first, else __len__, else true), so rpy tests the classes, deepest first.
class Node(object):
    def __init__(self, name):
        self.name = name


class Leaf(Node):
    pass


class Seq(Node):
    def __init__(self, name, items):
        Node.__init__(self, name)
        self.items = items

    def __len__(self):
        return len(self.items)


class Flagged(Seq):
    # __nonzero__ wins over the inherited __len__
    def __init__(self, name, items, flag):
        Seq.__init__(self, name, items)
        self.flag = flag

    def __nonzero__(self):
        return self.flag


class SubFlagged(Flagged):
    def __len__(self):
        return 0


class Plain(Seq):
    pass


class Box(object):
    def __init__(self, node):
        self.node = node


class Link(object):
    # a field that may be None, of a class with __len__
    def __init__(self, items, nxt):
        self.items = items
        self.next = nxt

    def __len__(self):
        return len(self.items)


def describe(n):
    if n:
        return n.name + ":T"
    return n.name + ":F"


def negated(n):
    if not n:
        return "empty"
    return "full"


def maybe(n):
    # a variable that may be None
    if n:
        return "yes"
    return "no"


def count_down(n):
    steps = 0
    while n:
        steps += 1
        if isinstance(n, Seq) and len(n.items) > 0:
            n.items.pop()
        else:
            break
    return steps


def entry_point(argv):
    nodes = [Leaf("leaf"), Seq("seq0", []), Seq("seq2", [1, 2]), Flagged("f0", [1], False),
             Flagged("f1", [], True), SubFlagged("sub", [], True), Plain("plain0", []),
             Plain("plain1", [7])]
    for n in nodes:
        print describe(n), negated(n), ("t" if n else "f")
    others = [None, Leaf("x"), Seq("y", [])]
    for m in others:
        print maybe(m)
    boxes = [Box(Seq("b", [])), Box(Leaf("c"))]
    for b in boxes:
        if b.node:
            print "box true"
        else:
            print "box false"
    print count_down(Seq("s", [1, 2, 3])), count_down(Leaf("l"))
    a = Link([], None)
    b = Link([1], a)
    for x in [a, b, Link([], b)]:
        print "next", ("true" if x.next else "false")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
