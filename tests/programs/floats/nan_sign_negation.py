# The sign of a NaN through negation and arithmetic, as CPython computes each operation on its
# own: x86 returns a NaN operand's bits and negation flips its sign. g++ rewrote `-a + b` into
# `b - a` and `(-a) * -b` into `a * b`; clang (which ignores -fsignaling-nans) also folded
# `x * -1.0`, `x / -1.0` and `-0.0 - x` into `-x`. math.copysign(1.0, x) shows the sign.
import math
import sys


def neg_plus(a, b):
    return -a + b


def neg_times_neg(a, b):
    return (-a) * -b


def times_minus_one(x):
    return x * -1.0


def minus_one_times(x):
    return -1.0 * x


def over_minus_one(x):
    return x / -1.0


def minus_zero_minus(x):
    return -0.0 - x


def neg_of_product(x):
    return -(x * 2.0)


def through_local(x):
    c = -1.0
    return x * c


def main():
    n = float("nan")
    one = float(len(sys.argv))
    values = [neg_plus(n, one), neg_plus(one, n), neg_times_neg(n, one), neg_times_neg(one, n), times_minus_one(n),
              minus_one_times(n), over_minus_one(n), minus_zero_minus(n), neg_of_product(n), through_local(n), -n, -(-n),
              n * -one, -n - one, one - -n, -(n + one), -n * 3.0, -n / one]
    for i, v in enumerate(values):
        print(i, math.copysign(1.0, v), repr(v))
    acc = 0.0
    for k in range(10):
        acc = -acc + (n if k == 5 else 1.0)
    print("acc", math.copysign(1.0, acc))
    print(math.copysign(1.0, -float("inf") * 0.0), -0.0 - 0.0, 0.0 * -1.0, -(0.0))


main()
