# python2
# Python evaluates operands left to right everywhere (a dict display's value before its key in
# Python 2, an assignment's value before its target); each call to t() logs its tag.
class Log(object):
    def __init__(self):
        self.items = []
        self.attr = 0

    def t(self, tag, value):
        self.items.append(tag)
        return value

    def ts(self, tag, value):
        self.items.append(tag)
        return value

    def m(self, a, b, c=0, d=0):
        return a * 1000 + b * 100 + c * 10 + d

    def flush(self, label):
        print label, " ".join(self.items)
        self.items = []


class Holder(object):
    def __init__(self):
        self.x = 0


def f3(a, b, c):
    return a + b + c


def kw(a, b=1, c=2):
    return a * 100 + b * 10 + c


def star(first, *rest):
    return first + len(rest)


def entry_point(argv):
    L = Log()
    t = L.t
    ts = L.ts
    tup = (t("a", 1), t("b", 2), t("c", 3))
    L.flush("tuple")
    lst = [t("a", 1), t("b", 2)]
    L.flush("list")
    d = {t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
    L.flush("dict")
    s = set([t("s1", 1), t("s2", 2)])
    L.flush("set-call")
    x, y = t("x", 1), t("y", 2)
    L.flush("unpack")
    msg = "%d-%d-%s" % (t("p1", 1), t("p2", 2), ts("p3", "z"))
    L.flush("percent")
    r = t("l", 10) - t("r", 3) * t("r2", 2)
    L.flush("binop")
    v = f3(t("f1", 1), t("f2", 2), t("f3", 3))
    L.flush("call")
    k = kw(t("ka", 1), c=t("kc", 3), b=t("kb", 2))
    L.flush("keywords")
    st = star(t("s0", 1), t("s1", 2), t("s2", 3))
    L.flush("star")
    mm = L.m(t("m1", 1), d=t("md", 4), b=t("mb", 2))
    L.flush("method-kw")
    lst2 = [0, 0, 0]
    lst2[t("idx", 1)] = t("val", 5)
    L.flush("setitem")
    h = Holder()
    hs = [h]
    hs[t("hi", 0)].x = t("hv", 7)
    L.flush("setattr")
    d2 = {}
    d2[ts("dk", "a")] = t("dv", 1)
    L.flush("dict-setitem")
    lst2[t("ai", 2)] += t("av", 9)
    L.flush("augmented")
    c = t("c1", 1) < t("c2", 2) < t("c3", 3)
    L.flush("chain")
    c2 = t("c1", 3) < t("c2", 2) < t("c3", 1)
    L.flush("chain-short")
    sl = lst2[t("lo", 0):t("hi", 2)]
    L.flush("slice")
    g = lst2[t("seq", 0)] + lst2[t("seq2", 1)]
    L.flush("getitems")
    sc = "ab" + str(t("n", 5)) + ts("s", "c")
    L.flush("concat")
    print tup, lst, sorted(d.items()), sorted(s), x, y, msg, r, v, k, st, mm, lst2, h.x, d2, c, c2, sl, g, sc
    print t("p1", 1), t("p2", 2), L.items
    try:
        bad = [1][t("i", 5)] + {}[ts("k", "missing")]
    except IndexError:
        print "IndexError first", L.items
    except KeyError:
        print "KeyError first", L.items
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
