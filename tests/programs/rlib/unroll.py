from __future__ import print_function
import os, sys
from rpython.rlib.unroll import unrolling_iterable

OPS = unrolling_iterable([("add", 1), ("mul", 2), ("neg", 3)])


def dispatch(opcode, x):
    for name, code in OPS:
        if code == opcode:
            if name == "add":
                return x + 1
            elif name == "mul":
                return x * 2
            else:
                return -x
    return x


def entry_point(argv):
    print([dispatch(op, 10) for op in [1, 2, 3, 4]])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
