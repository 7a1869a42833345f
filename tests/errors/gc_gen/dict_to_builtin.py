# --gc=gen (tests/errors/CMakeLists.txt): a dict of instances lives on the collector (docs/GC.md,
# step 3e); list(d), sorted(d) and set(d) read its keys into a list first (step 3g), but another
# builtin given the dict itself (min, max, str...) would hold it where the collector cannot update
# it: refused by name.
class Leaf(object):
    def __init__(self, v):
        self.v = v


def main():
    d = {"b": Leaf(2), "a": Leaf(1)}
    k = min(d)
    print(k, d[k].v)


main()
