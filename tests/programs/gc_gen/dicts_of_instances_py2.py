# python2
# --gc=gen (docs/GC.md, step 3g): Python 2 dicts keyed by values 2.7 hashes (str, int) whose values
# are instances: rpy::Dict27 (2.7's own table, 2.7's order) on the collector. Its header and slot
# table move; a resize roots the dict and the old table; a value stored into an old table takes the
# barrier; keys(), values(), items(), copy(), update(), setdefault(), clear(), has_key(), pop(),
# popitem() and loops whose bodies allocate, under the stress modes and the small nurseries.


class Leaf(object):
    def __init__(self, v):
        self.v = v
        self.pad = [v, v]


class Owner(object):
    def __init__(self):
        self.by_name = {}


def churn(n):
    t = 0
    for i in range(n):
        t += len(Leaf(i).pad)
    return t


def entry_point(argv):
    d = {}
    for i in range(200):
        d["k%d" % i] = Leaf(i)
        if i % 7 == 0:
            churn(25)
    churn(2000)
    t = 0
    for k in d:
        t += d[k].v + len(Leaf(2).pad)
    print len(d), t
    print d.keys()[:6]  # 2.7's table order
    t = 0
    for k, v in d.items():
        t += v.v
    vs = d.values()
    print t, len(vs), vs[0].v, vs[-1].v
    by_int = {}
    for i in range(100):
        by_int[i * 37 % 101] = Leaf(i)
    print by_int.keys()[:8], by_int[36].v
    c = d.copy()
    c["extra"] = Leaf(-1)
    u = {}
    u.update(by_int)
    u[5] = Leaf(555)
    print len(c), len(d), len(u), u[5].v, by_int[5].v
    s = {}
    for i in range(60):
        s.setdefault(i % 9, Leaf(i)).v += 1
        churn(3)
    print sorted(s.keys()), s[3].v
    print d.has_key("k3"), d.has_key("zz"), d.pop("k3").v, len(d)
    k, v = d.popitem()
    print k, v.v, len(d)
    o = Owner()
    churn(2000)
    for i in range(80):
        o.by_name["n%d" % (i % 50)] = Leaf(i)
        churn(4)
    churn(2000)
    t = 0
    for k in o.by_name:
        t += o.by_name[k].v
    print len(o.by_name), t
    display = {"a": Leaf(1), "b": Leaf(2), "c": Leaf(3), "d": Leaf(4), "e": Leaf(5), "f": Leaf(6), "g": Leaf(7)}
    print display.keys(), display["g"].v
    d.clear()
    d["x"] = Leaf(9)
    print len(d), d["x"].v
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
