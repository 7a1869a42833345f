# python2
# collections.OrderedDict in an RPython program: insertion order (not Python 2.7's dict order),
# popitem(last=False), order-sensitive ==, the repr Python 2.7 prints.
import os
from collections import OrderedDict

OPS = OrderedDict()
for name, prec in [("or", 1), ("and", 2), ("not", 3), ("==", 4), ("+", 5), ("*", 6)]:
    OPS[name] = prec


def entry_point(argv):
    print OPS
    for k, v in OPS.iteritems():
        os.write(1, "%s=%d " % (k, v))
    os.write(1, "\n")
    seen = OrderedDict()
    for w in "pear fig apple fig kiwi pear plum".split():
        seen[w] = seen.get(w, 0) + 1
    print seen, seen.keys()
    print seen.popitem(), seen.popitem(last=False), seen
    a = OrderedDict([(3, 1.5), (1, 2.5)])
    b = OrderedDict([(1, 2.5), (3, 1.5)])
    print a == b, a != b, dict(a) == dict(b), a == a.copy()
    del a[3]
    a[7] = 0.25
    print a, str(a), len(a), [a]
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
