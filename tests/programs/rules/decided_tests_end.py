# A function whose if/elif chain tests the argument's type and has no final else: for each
# argument type one test is constant true, so the end of the function (returning None) is never
# reached and the result is never None. RPython prunes the branches it rules out; so does rpy.
from __future__ import print_function

from rpython.rlib.objectmodel import specialize


def make_measure():
    def measure(x):
        if isinstance(x, int):
            return x * 2
        elif isinstance(x, str):
            return len(x)
    return measure


int_measure = make_measure()
str_measure = make_measure()


@specialize.argtype(0)
def size(x):
    if isinstance(x, list):
        return len(x)
    elif isinstance(x, str):
        return len(x) * 10


def entry_point(argv):
    print(int_measure(20) + str_measure("four"))
    print(size([1, 2, 3]), size("ab"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
