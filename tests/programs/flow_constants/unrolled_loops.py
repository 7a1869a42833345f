# python2
# `for x in unrolling_iterable(...)` is unrolled as RPython's flow space unrolls it: each copy of
# the body sees its item as a constant, so items of different types, getattr() with an item as
# the name, and constant tests on items work; break, continue and the else clause keep their
# meaning, and the target keeps its last value after the loop.
import os
from rpython.rlib.unroll import unrolling_iterable


class Ops(object):
    def __init__(self):
        self.log = []

    def op_add(self, x):
        return x + 1

    def op_double(self, x):
        return x * 2

    def op_neg(self, x):
        return -x

NAMES = unrolling_iterable(['op_add', 'op_double', 'op_neg'])
MIXED = unrolling_iterable([1, 'two', 3.5, None])
PAIRS = unrolling_iterable([(0, 'op_add'), (1, 'op_double'), (2, 'op_neg')])


def apply_all(ops, x):
    for name in NAMES:
        x = getattr(ops, name)(x)
    return x


def dispatch(ops, code, x):
    for num, name in PAIRS:
        if num == code:
            return getattr(ops, name)(x)
    else:
        return 1000 + code


def describe():
    out = []
    for item in MIXED:
        if item is None:
            out.append("none")
            continue
        if isinstance(item, str):
            out.append("str " + item)
        elif isinstance(item, float):
            out.append("float %s" % item)
        else:
            out.append("int %d" % item)
    return ", ".join(out)


def find(code):
    found = -1
    for num, name in PAIRS:
        if num == code:
            found = num
            break
        if num > 5:
            continue
    else:
        found = -2
    return found


def last_name():
    for name in NAMES:
        pass
    return name


def nested(n):
    total = 0
    for num, name in PAIRS:
        i = 0
        while i < n:
            i += 1
            if i == 2:
                continue
            if i > 3:
                break
            total += num
    return total


def entry_point(argv):
    ops = Ops()
    os.write(1, "%d\n" % apply_all(ops, 5))
    for code in range(4):
        os.write(1, "%d\n" % dispatch(ops, code, 10))
    os.write(1, describe() + "\n")
    os.write(1, "%d %d\n" % (find(1), find(7)))
    os.write(1, last_name() + "\n")
    os.write(1, "%d\n" % nested(6))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
