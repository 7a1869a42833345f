# python2
# committed: python2.7 gives a long; a translated program's int is 64-bit, so int() of a larger float stops it with the reason (RPYTHON.md 5)
# py2-differs: python2.7 gives a long; the translated program stops with the reason
# check-stderr
def entry_point(argv):
    f = 1e19 * len(argv)
    print int(f / 10)
    try:
        print int(f)
    except OverflowError:
        print "caught: Python raises nothing here"
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
