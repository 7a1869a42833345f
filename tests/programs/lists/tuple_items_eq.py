# ==, in, index, count and remove on lists whose items are tuples (of strings, floats, lists,
# nested tuples, instances, None) compare the tuples item by item.


class P(object):
    def __init__(self, n):
        self.n = n


def main():
    p = P(1)
    q = P(1)
    a = [('x', 1.5, True), ('y', 2.0, False)]
    print(('y', 2.0, False) in a, ('y', 2.0, True) in a, a.index(('y', 2.0, False)), a.count(('x', 1.5, True)))
    a.remove(('x', 1.5, True))
    print(a)
    b = [(1, [2, 3], ('z', 'w')), (4, [5], ('v', 'u'))]
    print((4, [5], ('v', 'u')) in b, (4, [5, 6], ('v', 'u')) in b, b == [(1, [2, 3], ('z', 'w')), (4, [5], ('v', 'u'))])
    c = [(p, 1), (q, 2)]
    print((q, 2) in c, (P(1), 2) in c, c.index((q, 2)))
    d = [[(1, 'a')], [(2, 'b'), (3, 'c')]]
    print([(2, 'b'), (3, 'c')] in d, d.count([(1, 'a')]), d == [[(1, 'a')], [(2, 'b'), (3, 'c')]])
    s = 'hello'
    f = [(s[0], s[1:3]), (s[2], s[3:])]
    print(('l', 'lo') in f, ('h', 'el') in f, f != [(s[0], s[1:3]), (s[2], s[3:])])
    g = [(None, 1)]
    print((None, 1) in g, [('a', 1)] == [('a', 2)])


if __name__ == '__main__':
    main()
