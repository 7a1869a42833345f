# python2
# --gc=gen (docs/GC.md, step 3g): a Python 2 dict keyed by instances is rpy::Dict (2.7 hashes
# instances by address, so no 2.7 table order is to be kept), on the collector as in Python 3:
# keys hashed young and found after the moves, values that are instances, keys(), values() and
# items() as lists, deletions, an old owner's dict given young keys.


class K(object):
    def __init__(self, n):
        self.n = n
        self.pad = [n, n]


class Owner(object):
    def __init__(self):
        self.links = {}


def churn(n):
    t = 0
    for i in range(n):
        t += len(K(i).pad)
    return t


def entry_point(argv):
    d = {}
    keep = []
    for i in range(150):
        k = K(i)
        keep.append(k)
        d[k] = K(i * 2)
        if i % 6 == 0:
            churn(30)
    churn(2000)
    t = 0
    for k in keep:
        t += d[k].n
    print len(d), t
    t = 0
    for k, v in d.items():
        t += k.n * 3 + v.n + len(K(1).pad)
    print t, len(d.keys()), len(d.values())
    for i in range(0, 150, 3):
        k = keep[i]
        del d[k]
    k0 = keep[0]
    k1 = keep[1]
    print len(d), d.get(k0) is None, d.get(k1).n
    o = Owner()
    churn(2000)
    for i in range(60):
        a = K(i)
        o.links[a] = i
        churn(4)
    churn(2000)
    t = 0
    for k in o.links:
        t += k.n * o.links[k]
    print len(o.links), t
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
