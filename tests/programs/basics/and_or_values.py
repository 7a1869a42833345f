# `and`/`or` give one of their operands, with Python's truth values, also when an operand is a
# call returning None, a tuple, an empty string or an instance.
from __future__ import print_function
calls = []


def note(name):
    calls.append(name)


def sval(name, v):
    calls.append(name)
    return v


def nval(name, v):
    calls.append(name)
    return v


class Box(object):
    def __init__(self, v):
        self.v = v


def entry_point(argv):
    r = note('a') and note('b')
    print(r, calls)
    del calls[:]
    r = note('a') or note('b')
    print(r, calls)
    del calls[:]
    print(sval('x', '') or sval('y', '') or sval('z', 'last'), calls)
    del calls[:]
    print(nval('x', 3) and nval('y', 0.0) and nval('z', 7), calls)
    b = Box(4)
    none_box = None
    if len(argv) > 5:
        none_box = Box(1)
    print((none_box or b).v, (b and none_box) is None)
    t = (1, 2)
    print((t and (3, 4))[0], '' or 'empty str', [] or [9])
    if t and 'mixed types in a test are fine':
        print('tested')
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
