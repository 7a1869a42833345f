# --gc=gen (tests/errors/CMakeLists.txt): a set of instances hashes them by address, which a
# moving collector changes: refused (dicts whose values are instances are supported, step 3e).
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    s = set()
    s.add(Leaf(1))
    print(len(s))


main()
