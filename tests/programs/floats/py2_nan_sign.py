# python2
# Python 2.7 on x86-64 reads float('nan') as -nan and float('-nan') as +nan (its NaN is inf * 0);
# module-level NaN constants, inf - inf and NaN arithmetic keep the sign, as python2.7's do.
import math
from rpython.rlib.longlong2float import float2longlong

NAN_MOD = float('nan')
NEG_MOD = float('-nan')
DIFF_MOD = float('inf') - float('inf')


def sign(x):
    return math.copysign(1.0, x)


def show(name, v):
    print name, sign(v), repr(v), str(v), '%f %e %g %r %s %+f %+.3e' % (v, v, v, v, v, v, v), float2longlong(v)


def main(argv):
    inf = float('inf')
    text = 'nan' if len(argv) < 5 else 'inf'
    show("parsed", float(text))
    show("parsed upper", float(text.upper()))
    show("parsed neg", float('-' + text))
    show("parsed plus", float('+' + text))
    show("literal", float('nan'))
    show("literal neg", float('-nan'))
    show("module", NAN_MOD)
    show("module neg", NEG_MOD)
    show("module diff", DIFF_MOD)
    show("inf-inf", inf - inf)
    show("inf*0", inf * 0)
    show("inf/inf", inf / inf)
    show("neg", -(inf - inf))
    show("negated", -float(text))
    show("abs", abs(inf - inf))
    show("plus 1", float(text) + 1)
    show("fmod", math.fmod(float(text), 1.0))


def entry_point(argv):
    main(argv)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
