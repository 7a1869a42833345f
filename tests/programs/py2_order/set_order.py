# python2
# Python 2 sets iterate and print in CPython 2.7's order (its setobject.c shares dictobject.c's
# table): growth through many sizes, displays built item by item at run time, set(list),
# set(str), set(dict), comprehensions, deletes then adds, pop() from its finger.


def entry_point(argv):
    s = set([0, 160, 2, 8, 64, 384, 24])
    print s
    t = set(['', 'e', 'a.b.c', 'zz'])
    print sorted(t), list(t)
    print {1, 9}, {9, 1}, {0, -12, 3, 19}, {4, 5, 6, 7, 60, 70}
    for step in [1, 8, 32, -5, 1000003]:
        g = set()
        for i in range(60):
            g.add(i * step)
            if i % 7 == 0 or i in (5, 6, 21, 22, 43, 44):
                print len(g), g
    words = set("the quick brown fox jumps over the lazy dog and then some more words".split())
    print words
    print set("mississippi"), set("hello world")
    print set({8: 1, 16: 2, 0: 3, 24: 4, 1: 5})
    print {x * 16 for x in range(10)}
    f = set([0.5, 1.0, -2.5, 3.0, 1e20, 0.1])
    print f
    tu = set([(1, 2), (2, 1), (0, 0), (8, 16), (-1, -1)])
    print tu
    h = set(range(0, 200, 8))
    for x in range(0, 200, 24):
        h.discard(x)
    print h
    for x in range(5, 60, 10):
        h.add(x)
    print h
    h.remove(5)
    print h, 15 in h, 5 in h
    out = []
    while len(h) > 3:
        out.append(h.pop())
    print out, h
    h.clear()
    h.add(17)
    h.add(1)
    print h, h.pop(), h
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
