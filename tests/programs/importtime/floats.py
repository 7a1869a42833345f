# python2
# Import-time floats: Python 2's str (12 digits) and repr, // and % of divmod, round, errors.
import math
import sys

OUT = []


def p(*args):
    OUT.append(' '.join([str(a) for a in args]))


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


p(1 / 3.0, 2 / 3.0, 1e16, 1e15, 123456789012.0, 1234567890123.0, 0.1, -0.0, 1e-5, 1e22)
r(1 / 3.0, 2 / 3.0, 1e16, 0.1 + 0.2, 1e-5, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'))
r(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 1e300 * 1e10, -1e300 * 1e10)
r(round(2.5), round(-2.5), round(0.5), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(1e20), round(-0.4))
r(float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float(10 ** 30), float(True), float(7))
r(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, 0.0 ** 0, (-8.0) ** 3, 1e10 ** 2)
r(int(2.5), int(-2.5), int(1e18), long(1e20), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.9))
r(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(2 ** 1000), math.log10(1000), math.atan2(1, 1), math.hypot(3, 4))
r(math.fsum([0.1] * 10), sum([0.1] * 10), math.factorial(20), math.factorial(25), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5))
r(math.fmod(7, 3), math.copysign(3, -0.0), math.isinf(float('inf')), math.isnan(float('nan')), math.degrees(math.pi), math.pi, math.e)
r((2.5).is_integer(), (3.0).is_integer(), (0.5).as_integer_ratio(), (0.1).hex(), float.fromhex('0x1.8p1'), abs(-2.5))
r(1.5 == 1.5, 1 == 1.0, 3 < 3.5, 10 ** 20 > 1e19, float('nan') == float('nan'), cmp(2.5, 2), sorted([3, 1.5, -2, 0.0]))
r(hash(1.0) == hash(1), hash(0.5), str(0.1 + 0.2), '%s|%r' % (1 / 3.0, 1 / 3.0))
for expr in ['1.0 / 0', '1.0 // 0', '1.0 % 0', 'math.sqrt(-1)', 'math.log(0)', 'math.exp(1000)', '10.0 ** 400', "float('x')",
             '(-8.0) ** 0.5', 'int(float("inf"))', 'int(float("nan"))', '0.0 ** -1']:
    try:
        eval(expr)
        p(expr, 'no error')
    except Exception as e:
        p(expr, type(e).__name__, e)

HALF = 0.5
TABLE = [round(i / 7.0, 3) for i in range(5)]


def entry_point(argv):
    for line in OUT:
        print line
    print HALF * len(argv), TABLE[3]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
