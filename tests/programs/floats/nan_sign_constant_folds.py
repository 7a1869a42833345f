# The sign of a NaN or a zero through operations g++ may fold with a constant operand: `x * -1`
# is not `-x` for a NaN (x86-64's mulsd keeps the NaN operand's sign), `x + 0.0` is not `x` for -0.0,
# `x - x` of a NaN is a NaN, `0.0 - x` keeps the NaN's sign (the program's flags:
# toolchain/compiler.cpp, -fsignaling-nans).
import math
import sys


def sign(x):
    return math.copysign(1.0, x)


def main(argv):
    x = float('nan' if len(argv) < 5 else 'inf')
    z = -0.0 if len(argv) < 5 else 1.0
    print(sign(x * -1), sign(x * -1.0), sign(-1.0 * x), sign((-x) * 1.0), sign((-x) / 1.0), sign(x / -1.0))
    print(sign(z + 0.0), sign(z - 0.0), sign(z * 1.0), sign(0.0 - z), sign(z * -1.0), sign(x - x), sign(0.0 - x))
    print(sign(x + 0.0), sign(x * 0.0), sign(x - 0.0), sign((-x) - 0.0), sign(x * 2.0), sign((-x) * 2.0))


main(sys.argv)
