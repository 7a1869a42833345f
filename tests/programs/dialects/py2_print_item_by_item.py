# python2
# Python 2's print statement writes each item as soon as it is evaluated: the items before one
# that raises are printed, and an item's side effects come after the items before it.
def boom():
    raise ValueError('x')


def loud(x):
    print 'loud', x,
    return x


def nothing():
    print 'nothing',


def entry_point(argv):
    try:
        print 'a', (1, 2), boom()
    except ValueError:
        print 'caught'
    print 'b', loud(1), loud(2)
    print 'c', nothing(), 'd'
    try:
        print loud(3), boom(), loud(4)
    except ValueError:
        print 'caught again'
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
