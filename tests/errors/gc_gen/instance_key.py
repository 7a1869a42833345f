# --gc=gen (tests/errors/CMakeLists.txt): a dict keyed by instances of a class defining __eq__ and
# __hash__ would call them (generated code, which may allocate and collect) while the dict's
# tables are held by raw pointers: refused by name (identity-keyed dicts are supported, step 3f).
class K(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return self.n


def main():
    d = {}
    k = K(1)
    d[k] = 1
    print(len(d))


main()
