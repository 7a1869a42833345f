# --gc=gen (tests/errors/CMakeLists.txt): `in` on a list of instances compares them (__eq__ may
# run the program's code): refused with a message (docs/GC.md, "Step 3b").
class P(object):
    def __init__(self, x):
        self.x = x


def main():
    p = P(1)
    ps = [p, P(2)]
    print(p in ps)


main()
