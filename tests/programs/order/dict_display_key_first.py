# A differential-testing finding, fixed: a dict display evaluates each value before its key in a Python 3 script (Python 3:
# key, then value; Python 2: value, then key).
# kind: wrong output (evaluation order)
import sys

log = []


def key(tag, v):
    log.append(tag)
    return v


def val(tag, v):
    log.append(tag)
    return v


def main():
    d = {key('k1', 1): val('v1', 'a'), key('k2', 2): val('v2', 'b')}
    print(' '.join(log), len(d))
    return 0


if __name__ == '__main__':
    sys.exit(main())
