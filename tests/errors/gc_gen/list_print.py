# --gc=gen (tests/errors/CMakeLists.txt): a list of instances given to a builtin other than len()
# (here sorted() with a key) is refused with a message (docs/GC.md, "Step 3b").
class P(object):
    def __init__(self, x):
        self.x = x


def key(p):
    return p.x


def main():
    ps = [P(2), P(1)]
    qs = sorted(ps, key=key)
    print(qs[0].x)


main()
