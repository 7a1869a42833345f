# python2
# == and ordering between lists and tuples whose items have different types: a list of
# one-character strings against a list of strs, ints against floats, instances of one family
# through different static classes. Python compares item by item; a list of chars is never
# equal to a list of strs just because both are non-empty.
class Node(object):
    def __init__(self, n):
        self.n = n


class Leaf(Node):
    pass


def compare(n):
    chars = ["x"]
    strs = ["9Bbz"]
    same = ["x" * n]
    print chars == strs, chars != strs, chars == same, chars != same
    print chars < strs, chars > strs, chars <= same, strs < chars, strs >= chars
    if chars == ["nope"]:
        print "wrong: a list of chars equals a list of strs"
    ints = [1, 2 + n]
    floats = [1.0, 3.0]
    print ints == floats, ints != floats, ints < floats, floats > ints, [1, 2] < [1.5]
    t1 = (1, "a" * n)
    t2 = (1.0, "a")
    print t1 == t2, t1 != t2, t1 < t2, t1 <= t2, (2, "b") < (1.5, "c")
    t3 = ("a", 2)
    t4 = ("a" * n, 2)
    t5 = ("ab" * n, 1)
    print t3 == t4, t3 < t4, t4 >= t3, t5 > t3, t3 < t5
    nested1 = [["x"], ["y"]]
    nested2 = [["x" * n], ["y"]]
    nested3 = [["x" * n], ["yz"]]
    print nested1 == nested2, nested1 == nested3, nested1 < nested3, nested3 < nested1
    c = "a"[0]
    print c in ("a", 1), c in (97, "b"), [1] in ([1.0], 2), "ab" in ("a", "ab")
    leaf = Leaf(1)
    nodes = [Node(0), leaf]
    leaves = [leaf]
    print nodes[1:] == leaves, nodes == leaves, leaves != nodes[1:]


def entry_point(argv):
    compare(len(argv))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
