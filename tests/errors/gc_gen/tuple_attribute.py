# --gc=gen (tests/errors/CMakeLists.txt): an instance holding a tuple that holds an instance and a
# string. A tuple of instances and numbers is held by value and traced where it lies (docs/GC.md,
# step 3d); one that also holds a value of Boehm's heap is not yet: the moving collector would
# have to trace a field that is half its own references, half Boehm's.
class Leaf(object):
    def __init__(self, v):
        self.v = v


class Pair(object):
    def __init__(self, a, name):
        self.both = (a, name)


def main():
    p = Pair(Leaf(1), "one")
    print(p.both[0].v, p.both[1])


main()
