from __future__ import print_function
import os, sys


class Op(object):
    name = "op"

    def __init__(self, arg):
        self.arg = arg

    def run(self, x):
        return x


class Inc(Op):
    name = "inc"

    def run(self, x):
        return x + self.arg


class Mul(Op):
    name = "mul"

    def run(self, x):
        return x * self.arg


CLASSES = {"inc": Inc, "mul": Mul, "nop": Op}


def build(spec):
    ops = []
    for part in spec.split(","):
        name, arg = part.split(":")
        cls = CLASSES[name]
        ops.append(cls(int(arg)))
    return ops


def entry_point(argv):
    ops = build("inc:3,mul:4,nop:0,inc:-2")
    x = 1
    for op in ops:
        x = op.run(x)
        print(op.name, x)
    cls = Inc if len(argv) > 10 else Mul
    print(cls(5).run(5), cls.name)
    print(type(ops[0]) is Inc, type(ops[1]) is Inc, type(ops[2]) is Op)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
