# python2
import sys

# '%' with one value that may be None on the right, in Python 2: a str field that may be None
# (an interpreter's "Unresolved variable %s" % name), an int, a float. %s and %r print None, a
# numeric conversion raises TypeError (rpy refused the whole format before).


class Node(object):
    def __init__(self, name, count, weight):
        self.name = name
        self.count = count
        self.weight = weight


def make(k):
    if k > 1:
        return Node("print", 7, 0.5)
    return Node(None, None, None)


def describe(node):
    name = node.name
    return "Unresolved variable %s" % name


def entry_point(argv):
    full = make(len(argv) + 1)
    empty = make(len(argv) - 1)
    for node in [full, empty]:
        print describe(node)
        print "name %r" % node.name
        print "[%8s]" % node.name
        print "[%-8s]" % node.name
        print "count %s" % node.count
        print "weight %s" % node.weight
        try:
            print "count %d" % node.count
        except TypeError:
            print "TypeError for %d"
        try:
            print "weight %.3f" % node.weight
        except TypeError:
            print "TypeError for %.3f"
    u = None
    if len(argv) > 3:
        u = u"x"
    print "u %s" % u
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
