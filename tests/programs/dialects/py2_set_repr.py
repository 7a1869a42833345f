# python2
# A differential-testing finding, fixed: in a Python 2 program, a set prints as {3, 100, 5, -1} (Python 3's form); Python 2.7
# prints set([3, 100, 5, -1]).
# kind: wrong output (Python 2 repr)
def entry_point(argv):
    s = set([5, 3, 100, -1])
    print s, len(s)
    print repr(set([1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
