# python2
# A base class that is never instantiated defines a default hook its subclasses override with
# another result type; calls through self in the base's methods reach only the overrides (RPython
# annotates self with the receivers it actually gets, so the default is never annotated).
class Visitor(object):
    def visit(self, node):
        return "default " + node.label  # a str: the subclasses return ints

    def walk(self, nodes):
        total = 0
        for n in nodes:
            total += self.visit(n)
        return total


class Counter(Visitor):
    def visit(self, node):
        return 1


class Weigher(Visitor):
    def visit(self, node):
        return len(node.label) * node.weight


class Node(object):
    def __init__(self, label, weight):
        self.label = label
        self.weight = weight


def run(n):
    nodes = [Node("n%d" % i, i) for i in range(n)]
    for v in [Counter(), Weigher()]:
        print v.walk(nodes)


def entry_point(argv):
    run(len(argv) + 5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
