# python2
# A dict or set that loses a key and gains another while a loop runs over it (the same size):
# Python 2.7's iterators look at the table as it is at each step and only check the size, so the
# loop visits the new key when its slot comes after the position, and raises nothing.
import os


def swap_loop(d, old, new):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == old:
                del d[old]
                d[new] = 1
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


def swap_iteritems(d, old, new):
    seen = []
    try:
        for k, v in d.iteritems():
            seen.append(k * 100 + v)
            if k == old:
                v = d.pop(old)
                d[new] = v
    except RuntimeError as e:
        seen.append(-len(str(e)))
    return seen


def set_swap(s, old, new):
    seen = []
    for x in s:
        seen.append(x)
        if x == old:
            s.discard(old)
            s.add(new)
    return seen


def by_hand(d):
    it = iter(d)
    a = it.next()
    del d[a]
    d[a + 16] = 0
    got = [a]
    try:
        for k in it:
            got.append(k)
    except RuntimeError as e:
        got.append(-len(str(e)))
    return got


def grow(d):
    try:
        for k in d:
            d[k + 1000] = k
    except RuntimeError as e:
        return len(d), str(e)
    return len(d), "ok"


def shift_all(d, by):
    # every step replaces a key: the dummies fill the table until it is rebuilt mid-loop
    seen = []
    for k in d:
        seen.append(k)
        if k < by and len(seen) < 40:
            d[k + by] = d.pop(k)
    return seen, sorted(d.keys())


def set_shift(s, by):
    seen = []
    for x in s:
        seen.append(x)
        if x < by and len(seen) < 40:
            s.remove(x)
            s.add(x + by)
    return seen


def mk(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    return d


def entry_point(argv):
    print swap_loop(mk(4), 0, 9)
    print swap_loop(mk(4), 2, 1 + 8)
    print swap_loop(mk(6), 3, 0 + 32)
    print swap_iteritems(mk(5), 1, 7)
    print set_swap(set(range(8)), 2, 5 + 8)
    print set_swap(set(range(8)), 5, 2 + 64)
    print by_hand(mk(3))
    print grow(mk(3))
    print shift_all(mk(5), 5)
    print shift_all(mk(12), 12)
    print set_shift(set(range(6)), 6)
    print set_shift(set([1, 9, 17, 4]), 7)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point([])
