# python2
# A differential-testing finding, fixed: in a Python 2 program, `print (1, 'a')` (a space before the parenthesis) prints
# the items 1 a; Python 2 prints the tuple (1, 'a'), as rpy does for print((2, 'b')).
# kind: wrong output (Python 2 print statement). `print (x,)` prints the 1-tuple (x,).
def entry_point(argv):
    print (1, 'a')
    print((2, 'b'))
    x = 3
    print x, (4, 5)
    print (x,)
    print (x, 'c',)
    print (x)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
