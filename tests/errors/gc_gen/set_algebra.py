# --gc=gen (tests/errors/CMakeLists.txt): sets of instances live on the collector (docs/GC.md,
# step 3g), but the set algebra (|, &, -, ^ and their methods) allocates while it holds both sets
# by raw pointers: refused by name.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    a = set()
    a.add(Leaf(1))
    b = set()
    b.add(Leaf(2))
    c = a | b
    print(len(c))


main()
