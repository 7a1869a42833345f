# python2
# The errors of `%` formatting at import time, as Python 2.7 words them: every conversion asks for
# "a number", %a does not exist, %c wants a byte.
ERRORS = []
for fmt, value in [('%d', 'x'), ('%x', 'x'), ('%o', None), ('%i', []), ('%f', 'x'), ('%a', 1), ('%c', 'ab'), ('%c', 300),
                   ('%d %d', (1,)), ('%d', (1, 2)), ('%x', 2.5), ('%y', 1)]:
    try:
        ERRORS.append(fmt % value)
    except (TypeError, ValueError, OverflowError) as e:
        ERRORS.append('%s: %s' % (type(e).__name__, e))


def entry_point(argv):
    for line in ERRORS:
        print line
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
