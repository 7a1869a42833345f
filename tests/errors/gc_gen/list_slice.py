# --gc=gen (tests/errors/CMakeLists.txt): lists of instances are on the moving collector, and so
# are their slices, slice assignment and del (docs/GC.md, "Step 3h", "Step 3i"), but not unpacking
# a list of them yet: refused with a message, never translated wrongly.
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    ps = []
    for i in range(2):
        ps.append(P(i))
    a, b = ps
    print(a.x + b.x)


main()
