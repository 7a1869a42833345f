# Lists searched with == (in, index, count, remove) call the items' __eq__, inside tuples too;
# hash() of tuples is CPython's, with an instance's own __hash__.
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n

    def __hash__(self):
        return self.n * 7

    def __repr__(self):
        return "V(%d)" % self.n


class W(V):
    pass


class Plain:
    def __init__(self, n):
        self.n = n


def main():
    a = [V(1), V(2), W(3), V(2)]
    print(V(2) in a, V(9) in a, W(3) in a, V(3) in a, a.index(V(2)), a.count(V(2)), a.index(W(3)))
    a.remove(V(2))
    print(a)
    try:
        a.remove(V(42))
    except ValueError as e:
        print("ValueError", e)
    pairs = [(V(1), "one"), (V(2), "two")]
    print((V(2), "two") in pairs, (V(2), "deux") in pairs, pairs.index((V(1), "one")))
    p = Plain(1)
    ps = [p, Plain(1)]
    print(p in ps, Plain(1) in ps, ps.count(p))
    print(hash((1, 2)), hash((1, (2.5, -1))), hash(()), hash((True, 0)))
    print(hash((V(1), 2)) == hash((V(1), 2)), hash((V(1), 2)) == hash((V(2), 2)), hash((W(4),)) == hash((V(4),)))
    s = {(V(1), 1), (V(1), 1), (V(2), 1)}
    print(len(s), (V(2), 1) in s)


main()
