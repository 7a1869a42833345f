# finding: Python 2 print statements. (1) After `print 1,`, `print('x')` (a print statement whose
# item is parenthesized) writes no separating space and leaves the pending space set, so the next
# `print 2,` starts with a space ("1x\n 2 y"; Python 2: "1 x\n2 y"). (2) `print a, f()` where f
# prints: Python 2 writes a (and the space) before it calls f; rpy evaluates every item first.
# (3) A program whose last print ends with a comma gets no final newline (Python 2 writes one).
# kind: wrong output (Python 2 print statement)
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
