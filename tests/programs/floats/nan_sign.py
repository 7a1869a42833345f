# A NaN's sign (math.copysign, bit patterns) is its interpreter's: float('nan') is +nan in Python 3,
# -nan in Python 2.7 (x86-64); inf - inf, inf * 0 and module-level NaN constants keep theirs.
import math
import sys

NAN_MOD = float('nan')
NEG_MOD = float('-nan')
DIFF_MOD = float('inf') - float('inf')


def sign(x):
    return math.copysign(1.0, x)


def show(name, v):
    print(name, sign(v), repr(v), str(v), '%f %e %g %r %s %+f %+.3e' % (v, v, v, v, v, v, v), format(v, '+'))


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
    show("math.nan", math.nan)
    show("fmod", math.fmod(float(text), 1.0))


main(sys.argv)
