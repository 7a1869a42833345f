# --gc=gen (tests/errors/CMakeLists.txt): the list methods of a list of instances other than
# append, pop, insert, reverse and extend are refused with a message (docs/GC.md, "Step 3b").
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    ps = [P(1)]
    qs = [P(2), P(3)]
    print(ps.count(qs[0]))


main()
