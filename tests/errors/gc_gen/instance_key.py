# --gc=gen (tests/errors/CMakeLists.txt): a dict keyed by instances of a class whose __eq__ or
# __hash__ may collect (it allocates an instance) would run it while the dict's tables are held by
# raw pointers: refused by name (keys whose methods cannot collect are admitted, step 3i).
class Probe(object):
    def __init__(self, n):
        self.n = n


class K(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return Probe(self.n).n == other.n  # allocates: may collect

    def __hash__(self):
        return self.n


def main():
    d = {}
    k = K(1)
    d[k] = 1
    print(len(d))


main()
