# python2
# Python 2.7 has no enum module (it came with Python 3.4): an RPython program's `import enum`
# fails with Python 2's ImportError, which the program may catch, as under python2.7.
try:
    import enum
    WHY = 'imported %s' % enum.__name__
except ImportError as e:
    WHY = str(e)


def entry_point(argv):
    print WHY
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
