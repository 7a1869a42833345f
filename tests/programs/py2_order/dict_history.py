# python2
# A Python 2 dict's order depends on its whole history (CPython 2.7's dictobject.c): deleted keys
# leave dummies that later inserts reuse, popitem() takes slots from a finger, copies and updates
# are sized once and inserted in the source's slot order, a display of more than 5 items is
# presized, comprehensions and dict(pairs) insert one by one, clear() starts again at 8 slots.


def entry_point(argv):
    d = {}
    for i in range(20):
        d[i * 8] = i
    for i in range(0, 20, 3):
        del d[i * 8]
    print d
    for i in range(7):
        d[i * 5 + 1] = -i
    print d
    print d.pop(16), d.pop(999, -1), d.get(24, -7), d.get(25, -9)
    print d.setdefault(3, 33), d.setdefault(8, 88), d
    items = []
    while len(d) > 4:
        items.append(d.popitem())
    print items, d
    d[64] = 1
    d[0] = 2
    print d, d.popitem(), d
    c = d.copy()
    c[17] = 17
    print c, d, dict(c), dict(d)
    u = {1: 10, 9: 11, 17: 12}
    u.update({33: 13, 1: 14, 41: 15, 2: 16, 10: 17, 18: 18})
    print u
    u.update(c)
    print u
    disp = {40: 1, 8: 2, 0: 3, 16: 4, 24: 5, 32: 6, 48: 7, 56: 8, 64: 9, 72: 10}
    built = {}
    for k in [40, 8, 0, 16, 24, 32, 48, 56, 64, 72]:
        built[k] = 0
    print disp
    print built
    print {x * 8: x for x in range(12)}
    print dict([(x * 16, x) for x in range(11)])
    print dict(zip([3, 11, 19, 27, 35, 43], 'abcdef'))
    small = {5: 'e', 13: 'm', 21: 'u', 29: 'C', 37: 'K', 45: 'S'}
    print small
    small.clear()
    for k in [45, 37, 29, 21, 13, 5]:
        small[k] = 'z'
    print small
    e = {}
    for i in range(100):
        e[i] = i
    for i in range(95):
        del e[i]
    e[1000] = 0
    e[3] = 3
    print e
    while e:
        print e.popitem(),
    print
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
