# python2
import sys

# A format spec applied to a number that may be None, in Python 2: object.__format__ formats
# str(None) with the spec (a string's spec), and the number's own rules apply to a number.
def pick(flag):
    if flag:
        return 7
    return None


def entry_point(argv):
    for flag in [True, False]:
        v = pick(flag)
        print '[{:5}] [{:>6}] [{:^8}]'.format(v, v, v)
        print '[%s]' % format(v, '<4')
    w = pick(len(argv) > 50)
    try:
        print '{:d}'.format(w)
    except ValueError as e:
        print 'ValueError:', e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
