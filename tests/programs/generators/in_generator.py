# `x in generator` pulls items up to the first equal one and leaves the rest in the generator.
def g(n):
    for x in range(n):
        print("g", x)
        yield x


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, P) and self.v == other.v


def main():
    print(2 in g(4))
    it = g(5)
    print(2 in it, list(it))
    print(7 in g(3), 7 not in g(2))
    words = (w.upper() for w in ["a", "b", "c"])
    print("B" in words, next(words))
    z = zip(g(9), "ab")
    print((1, "b") in z, list(z))
    ps = (P(i) for i in range(3))
    print(P(1) in ps)
    empty = (i for i in range(0))
    print(0 in empty)


main()
