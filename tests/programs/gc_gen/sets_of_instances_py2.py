# python2
# --gc=gen (docs/GC.md, step 3g): a Python 2 set of instances (CPython's set table, as in Python 3)
# on the collector: items hashed young and found again after the moves, removals, a loop whose
# body allocates, an old owner's set given young items.


class K(object):
    def __init__(self, n):
        self.n = n
        self.pad = [n, n]


class Owner(object):
    def __init__(self):
        self.seen = set()


def churn(n):
    t = 0
    for i in range(n):
        t += len(K(i).pad)
    return t


def entry_point(argv):
    s = set()
    keep = []
    for i in range(150):
        k = K(i)
        keep.append(k)
        s.add(k)
        if i % 6 == 0:
            churn(30)
    t = 0
    for x in s:
        t += x.n + len(K(x.n).pad)
    found = 0
    for k in keep:
        if k in s:
            found += 1
    print len(s), t, found
    for i in range(0, 150, 2):
        k = keep[i]
        s.discard(k)
    print len(s), s.pop().n % 2
    o = Owner()
    churn(2000)
    for i in range(40):
        n = K(i)
        o.seen.add(n)
        churn(4)
    churn(2000)
    t = 0
    for x in o.seen:
        t += x.n
    print len(o.seen), t
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
