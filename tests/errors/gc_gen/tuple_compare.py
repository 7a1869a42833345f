# --gc=gen (tests/errors/CMakeLists.txt): tuples of instances are made, held, passed, returned,
# indexed, unpacked and kept in lists (docs/GC.md, step 3d); comparing them with == calls the
# instances' __eq__ from the runtime, which holds them where the collector does not see them.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    a = Leaf(1)
    t = (a, 2)
    u = (a, 2)
    print(t == u)


main()
