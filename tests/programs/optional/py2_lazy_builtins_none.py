# python2
# Python 2's map(), filter(), zip(), enumerate(), reversed(), reduce() and itertools of an
# iterable that is None: TypeError at the call, in python2.7's words.
import itertools


def maybe(n):
    if n > 0:
        return [n, n + 1]
    return None


def main(k):
    x = maybe(k)
    try:
        print "map", map(str, x)
    except TypeError as e:
        print "map TypeError", e
    try:
        print "filter", filter(lambda v: v > 1, x)
    except TypeError as e:
        print "filter TypeError", e
    try:
        print "filter None", filter(None, x)
    except TypeError as e:
        print "filter None TypeError", e
    try:
        print "zip", zip([5, 6], x)
    except TypeError as e:
        print "zip TypeError", e
    try:
        e1 = enumerate(x)
        print "enumerate made"
        print list(e1)
    except TypeError as e:
        print "enumerate TypeError", e
    try:
        print "reduce", reduce(max, x)
    except TypeError as e:
        print "reduce TypeError", e
    try:
        print "reduce 3", reduce(max, x, 0)
    except TypeError as e:
        print "reduce 3 TypeError", e
    try:
        p = itertools.product(x, [1])
        print "product made"
        print list(p)
    except TypeError as e:
        print "product TypeError", e
    try:
        c = itertools.combinations(x, 2)
        print "combinations made"
        print list(c)
    except TypeError as e:
        print "combinations TypeError", e
    try:
        s = itertools.islice(x, 1)
        print "islice made"
        print list(s)
    except TypeError as e:
        print "islice TypeError", e
    try:
        g = itertools.groupby(x)
        print "groupby made"
        print [a for a, b in g]
    except TypeError as e:
        print "groupby TypeError", e


def entry_point(argv):
    main(len(argv))
    main(len(argv) - 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
