# --gc=gen (tests/errors/CMakeLists.txt): a set of instances of a class defining __eq__/__hash__
# would run the program's methods (which may allocate) inside a lookup that holds the table by a
# raw pointer: refused by name.
class Leaf(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return self.v


def main():
    s = set()
    s.add(Leaf(1))
    s.add(Leaf(1))
    print(len(s))


main()
