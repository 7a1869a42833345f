# A differential-testing finding, fixed: a subscript evaluates its index before the object, and a slice its upper bound, then
# its lower bound, then the object (with g++, which evaluates C++ call arguments right to left);
# Python evaluates the object first, then lower, then upper.
# kind: wrong output (evaluation order)
import sys

log = []


def s(tag, v):
    log.append(tag)
    return v


def i(tag, v):
    log.append(tag)
    return v


def main():
    x = s('obj', 'abcdef')[i('lo', 1):i('hi', 4)]
    y = s('obj2', 'abcdef')[i('idx', 2)]
    z = [1, 2, 3][i('lo2', 0):i('hi2', 2)]
    print(x, y, z, ' '.join(log))
    return 0


if __name__ == '__main__':
    sys.exit(main())
