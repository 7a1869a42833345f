# python2
# String formatting at import time: %, str.format and format() in all their forms.
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


r('%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%i|%u' % (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, -3, 7))
r('%s|%r|%10s|%-10s|%.2s|%c|%c|%%' % ('abc', 'abc', 'abc', 'abc', 'abc', 65, 'z'))
r('%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%g|%g' % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 1e-5, 1e20, 100000.0, 1000000.0))
r('%(name)s is %(age)d' % {'name': 'Ann', 'age': 7}, '%*d|%-*s|%.*f' % (5, 42, 4, 'ab', 2, 3.14159))
r('%s %s' % (1, [1, 2]), '%s' % (1,), '%s' % ((1, 2),), '%d' % 3.99, '%x' % 2 ** 70, '%5.1f%%' % 99.5, '%s' % None)
r('%.3s|%5.2s|' % ('abcdef', 'xyz'), '%r' % 1.1, '%s' % 1.1, '%s' % (1 / 3.0), '%f' % 1e50)
r('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x} {y}'.format(x=1, y='z'), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
r('{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{:,}|{:x}|{:#x}|{:b}|{:o}|{:e}|{:%}'.format('ab', 'ab', 'ab', 'ab', 3.14159, 5, 1234567, 255, 255, 5, 8, 12345.678, 0.25))
r('{!r} {!s}'.format('a', 'b'), '{{literal}} {}'.format(3), '{:.3}'.format(1 / 3.0), '{}'.format(1 / 3.0), '{:g}'.format(1e-7), '{:10.4}'.format('abcdefgh'))
r('{0:{1}}|{0:>{1}}'.format('x', 5), '{:=+8d}'.format(42), '{:08,d}'.format(1234), '{:.0f}'.format(2.5), '{:.1f}'.format(0.05))
r(format(3.5), format(3.5, '08.2f'), format(42, 'b'), format(1234.5, ','), format('abc', '>5'), format(10 ** 20, ','), format(True), format(True, 'd'))
r(format(123.0, '.3'), format(12.0, '.3'), format(0.1 / 3, ''), format(0.1 / 3, '10'), format(-0.0, 'f'), format(float('inf'), '>6'))


class P(object):
    def __init__(self, x):
        self.x = x

    def __format__(self, spec):
        return 'P<%s:%s>' % (self.x, spec)

    def __str__(self):
        return 'P(%s)' % self.x


r('{} {:hello} {.x}'.format(P(1), P(2), P(3)), '%s' % P(4), str(P(5)), '{0!s:>8}'.format(P(6)))
for bad in ['%d % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)', '"%y" % 1', '"{0} {}".format(1, 2)', '"{:d}".format("x")', '"%(a)s" % {}']:
    try:
        eval(bad)
        r(bad, 'ok')
    except Exception as e:
        r(bad, type(e).__name__, str(e))

ROWS = ['%-6s|%6.2f' % (name, value) for name, value in [('one', 1.0), ('two', 2.5), ('three', 10.125)]]


def entry_point(argv):
    for line in OUT:
        print line
    for row in ROWS:
        print row
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
