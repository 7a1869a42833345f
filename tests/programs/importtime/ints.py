# python2
# Import-time arithmetic is Python's: unbounded ints, long as its own type, floor division.
import sys

OUT = []


def p(*args):
    OUT.append(' '.join([repr(a) for a in args]))


p(3 ** 50, 10 ** 100 + 1, 1 << 70, -(1 << 70), 2 ** 64 - 1)
p(type(3), type(3 ** 50), type(10L), type(sys.maxint + 1), type(-sys.maxint - 1))
p(sys.maxint + 1, -sys.maxint - 2, sys.maxint * sys.maxint)
p(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2), 7 / 2, -7 / 2)
p((10 ** 30) // 7, -(10 ** 30) // 7, -(10 ** 30) % 7, divmod(10 ** 25, -(3 ** 20)))
p(1 << 63, (1 << 63) >> 1, -1 >> 70, (-(3 ** 40)) >> 3, ~(10 ** 20), -(2 ** 70) & 0xffff, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
p(2 ** -1, (-2) ** 3, pow(2, 100, 1000007), pow(3, 10 ** 5, 10 ** 9 + 7), 0 ** 0, 5 ** 0)
p(10L, 10L + 1, 10L * 2, int(10L), long(10), type(int(10 ** 20)), int(2 ** 63 - 1), type(int(2 ** 63 - 1)))
p(int('123'), int('-0x1f', 16), int('777', 8), int('z', 36), int(' 42 '), long('9' * 30), int('0b101', 0), int('0o17', 0), int('017', 0))
p(int(3.99), int(-3.99), int(1e20), long(2.5), int(True), True + True, True * 10, -True)
p(hex(255), hex(-255), hex(2 ** 70), oct(8), oct(0), oct(2 ** 70), bin(10), bin(-10), bin(2 ** 65))
p(abs(-sys.maxint - 1), abs(-(10 ** 30)), -(-sys.maxint - 1), 10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == float(2 ** 53 + 1))
p(cmp(10 ** 30, 10 ** 29), cmp(-1, 1), 10 ** 30 > 1e29, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
p(float(10 ** 30), float(2 ** 80 + 2 ** 27 + 1), (10 ** 40) / (3.0 * 10 ** 20), 1.0 * (2 ** 70 + 1) / 3)
p(hash(1), hash(-1), hash(2 ** 64), hash(10L), hash(3 ** 50) == hash(3 ** 50), hash(2 ** 100))
p(sum([2 ** 62] * 4), max(2 ** 70, 3), min([10 ** 20, -10 ** 20]), sorted([2 ** 65, 1, -(2 ** 65), 0L]))
p((2 ** 64).bit_length(), (255).bit_length(), (-1).bit_length(), str(2 ** 70), '%d|%x|%o' % (2 ** 70, 2 ** 70, 2 ** 70))
try:
    1 // 0
except ZeroDivisionError as e:
    p(str(e))
try:
    (2 ** 70) % 0
except ZeroDivisionError as e:
    p(str(e))
try:
    1 << -1
except ValueError as e:
    p(str(e))
try:
    int('12x')
except ValueError as e:
    p(str(e))

SMALL = 10L  # a long that fits a machine word is an int in translated code
BIG_SUM = sum([2 ** 64, -(2 ** 64), 5])


def entry_point(argv):
    for line in OUT:
        print line
    print SMALL + len(argv), BIG_SUM * 2
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
