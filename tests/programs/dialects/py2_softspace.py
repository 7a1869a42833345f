# python2
# Python 2 print statements and softspace: `print('x')` after `print 1,` writes the space; an item
# is written (with its space) before the next item is evaluated; a line left open by a trailing
# comma is ended when the program ends.
def f():
    print 'in f'
    return 5


def entry_point(argv):
    print 1,
    print('x')
    print 2,
    print 'y'
    print 'a', f(), 'b'
    print 3,
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
