# A Python 2.7 program (it has target()) cannot use ':=', which is Python 3.8 syntax.
def entry_point(argv):
    if (n := len(argv)) > 1:
        print n
    return 0


def target(*args):
    return entry_point, None
