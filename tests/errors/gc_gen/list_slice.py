# --gc=gen (tests/errors/CMakeLists.txt): lists of instances are on the moving collector, but not
# their slices yet (docs/GC.md, "Step 3b"): refused with a message, never translated wrongly.
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    ps = []
    for i in range(3):
        ps.append(P(i))
    rest = ps[1:]
    print(len(rest))


main()
