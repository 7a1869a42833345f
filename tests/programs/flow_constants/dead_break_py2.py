# python2
# A break that follows a statement that cannot fall through (`if <constant true>: return`) is dead,
# and so is the code after a `while True:` whose every live exit returns: RPython's flow space
# builds no block for it, so a read there of a local no assignment reaches is not an error.
FAST = True


def f():
    while True:
        try:
            j = 31
            if 4 <= 9007199254740993:
                return 1
            break
        finally:
            print 'fin'
    print j
    return 0


def g(n):
    while 1:
        n += 1
        if FAST:
            if n > 3:
                return n
            continue
        break
    print k
    return -1


def h(n):
    while True:
        if not FAST:
            break
        if n > 0:
            m = n
            break
        n += 2
    return m


def entry_point(argv):
    print f()
    print g(len(argv))
    print h(len(argv) - 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
