# Python 2's list has no clear() or copy() (AttributeError under python2.7): refused by name.
def entry_point(argv):
    xs = [1, 2]
    ys = xs.copy()
    xs.clear()
    print len(xs), len(ys)
    return 0


def target(*args):
    return entry_point, None
