# --gc=gen (tests/errors/CMakeLists.txt): sets of instances live on the collector (docs/GC.md,
# steps 3g, 3h and 3i), and so does the set algebra between two such sets, and union() with a list;
# union() with a dict keyed by instances still adds the keys one by one into a new set held by a
# raw temporary: refused.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    a = set()
    a.add(Leaf(1))
    d = {Leaf(2): 1}
    c = a.union(d)
    print(len(c))


main()
