# python2
# int() of a float at the edges of a machine word: -2**63 itself fits (Python 2 gives an int);
# ovfcheck_float_to_int gives the int within a word and raises OverflowError beyond it, as
# RPython's does; int() of an infinity raises Python's OverflowError, of a nan its ValueError.
from rpython.rlib.rarithmetic import ovfcheck_float_to_int


def entry_point(argv):
    k = float(len(argv))
    vals = [-9223372036854775808.0 * k, -9.223372036854775e18 * k, 9.223372036854775e18 * k, -1.5 * k,
            -9.3e18 * k, 9223372036854775808.0 * k, 1e300 * k * 1e10, -1e300 * k * 1e10]
    for v in vals:
        try:
            print ovfcheck_float_to_int(v)
        except OverflowError:
            print "OverflowError"
    for v in vals[:4]:
        print int(v)
    for v in vals[6:]:
        try:
            print int(v)
        except OverflowError as e:
            print "OverflowError:", e
    try:
        print int(vals[6] - vals[6])
    except ValueError as e:
        print "ValueError:", e
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
