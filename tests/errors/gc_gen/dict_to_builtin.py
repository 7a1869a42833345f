# --gc=gen (tests/errors/CMakeLists.txt): a dict of instances lives on the collector (docs/GC.md,
# step 3e), but a builtin given the dict itself (sorted, list, str...) would hold it where the
# collector cannot update it: refused by name.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    d = {"b": Leaf(2), "a": Leaf(1)}
    for k in sorted(d):
        print(k, d[k].v)


main()
