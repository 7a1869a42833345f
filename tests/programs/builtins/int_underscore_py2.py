# python2
# int() and float() of strings with underscores: Python 2 accepts none.
def conv(s):
    try:
        return int(s)
    except ValueError:
        return -1


def fconv(s):
    try:
        return float(s)
    except ValueError:
        return -1.0


def entry_point(argv):
    print conv('1_000'), conv('10'), conv(' 7 '), conv('0x10'), conv('1__0'), conv('_1')
    print repr(fconv('1_0.5')), repr(fconv('2.5'))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
