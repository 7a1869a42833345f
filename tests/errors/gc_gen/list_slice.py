# --gc=gen (tests/errors/CMakeLists.txt): lists of instances are on the moving collector, and so
# are their slices (docs/GC.md, "Step 3h"), but not slice assignment yet: refused with a message,
# never translated wrongly.
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    ps = []
    for i in range(3):
        ps.append(P(i))
    ps[1:] = [P(5)]
    print(len(ps))


main()
