# python2
# Python 2: a dict or set whose size the body of a loop over it changes raises RuntimeError at the
# next step (iteritems, itervalues, iter(), sets); keys()/items() are lists made before the loop.
import sys


def grow(d, stop):
    n = 0
    try:
        for k in d:
            n += k
            if n > stop:
                d[-n] = 1
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"


def shrink_iteritems(d):
    n = 0
    try:
        for k, v in d.iteritems():
            n += 1
            if n == 2:
                del d[k]
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"


def grow_keys_list(d):
    n = 0
    for k in d.keys():
        n += 1
        d[k + 100] = 0
    return n, len(d)


def set_grow(s):
    n = 0
    try:
        for k in s:
            n += 1
            if n < 5:
                s.add(-n)
    except RuntimeError as e:
        return n, str(e)
    return n, "ok"


def via_iter(d):
    it = iter(d)
    first = it.next()
    d[first + 1000] = 0
    try:
        return first, str(it.next())
    except RuntimeError as e:
        return first, str(e)


def entry_point(argv):
    d = {}
    for i in range(2000):
        d[i] = i
    print grow(d, 100)
    d2 = {}
    for i in range(6):
        d2[i] = i
    print shrink_iteritems(d2)
    print grow_keys_list({1: 1, 2: 2})
    print set_grow(set(range(100)))
    print via_iter({5: 5, 6: 6})
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
