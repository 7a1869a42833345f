# --gc=gen (tests/errors/CMakeLists.txt): sets of instances live on the collector (docs/GC.md,
# steps 3g and 3h), and so does the set algebra between two such sets; union() with a list still
# adds the list's items one by one into a new set held by a raw temporary: refused by name.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    a = set()
    a.add(Leaf(1))
    xs = [Leaf(2)]
    c = a.union(xs)
    print(len(c))


main()
