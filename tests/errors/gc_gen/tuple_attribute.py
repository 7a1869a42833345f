# --gc=gen (tests/errors/CMakeLists.txt): an instance holding a tuple that holds an instance. The
# tuple lives on Boehm's heap, which the moving collector does not trace (an instance may hold a
# string or a tuple of numbers: Boehm scans the collector's memory for those; docs/GC.md, step 3c).
class Leaf(object):
    def __init__(self, v):
        self.v = v


class Pair(object):
    def __init__(self, a, b):
        self.both = (a, b)


def main():
    p = Pair(Leaf(1), Leaf(2))
    print(p.both[0].v + p.both[1].v)


main()
