# python2
# Python 2's d.items()/keys()/values() are lists made when the loop starts: entries the body
# removes are still visited, entries it adds are not.
def entry_point(argv):
    d = {"abc": 1}
    for k, v in d.items():
        if d:
            d.popitem()
        d["n" + k] = v + 1
        print k, v
    print sorted(d.items())
    e = {1: 2, 3: 4, 5: 6}
    seen = []
    for k in e.keys():
        del e[k]
        e[k + 10] = k
        seen.append(k)
    print sorted(seen), sorted(e.items())
    total = 0
    for v in e.values():
        e.clear()
        total += v
    print total, e
    return 0


def target(*a):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
