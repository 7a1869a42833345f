# finding: int() of a string with underscores: Python 2 accepts none ('1_000' raises
# ValueError), rpy reads '1_000' as 1000 and '1__0' as 10.
# kind: wrong output (Python 2 int())
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
