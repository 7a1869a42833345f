# python2
# operator's functions in translated Python 2 code: div floors two ints, truediv does not.
import operator
import sys


def entry_point(argv):
    print operator.div(7, 2), operator.div(-7, 2), operator.div(7.0, 2), operator.truediv(7, 2)
    print reduce(operator.mul, [1, 2, 3, 4]), reduce(operator.add, ["a", "b"], ">")
    print operator.floordiv(-7.5, 2), operator.mod(-7, 3), operator.neg(3), operator.not_(""), operator.abs(-2.5)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
