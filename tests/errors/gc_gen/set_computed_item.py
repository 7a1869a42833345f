# --gc=gen (tests/errors/CMakeLists.txt): `x in s` on a set of instances reads the set and the item
# in an order C++ leaves open: an item whose evaluation allocates could leave the set's address
# stale, so it must be an expression that cannot collect (a variable, a field, a list item...).
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    s = set()
    s.add(Leaf(1))
    print(Leaf(1) in s)


main()
