# --gc=gen (tests/errors/CMakeLists.txt): a set of instances of a class whose __eq__ may collect
# (it allocates an instance) would run it inside a lookup that holds the table by a raw pointer:
# refused by name (items whose methods cannot collect are admitted, step 3i).
class Probe(object):
    def __init__(self, v):
        self.v = v


class Leaf(object):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return Probe(self.v).v == other.v  # allocates: may collect

    def __hash__(self):
        return self.v


def main():
    s = set()
    s.add(Leaf(1))
    s.add(Leaf(1))
    print(len(s))


main()
