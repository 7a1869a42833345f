# IntEnum members are ints: sorted(), list.sort(), min() and max() order them as their ints
# (and give the members back), str.format() and format() format them as their ints (a format
# string with !r or an attribute of a field formats them as objects). Instances of a class with __lt__ compare by
# it in min()/max() of several arguments too.
from enum import IntEnum


class Op(IntEnum):
    ADD = 1
    SUB = 2
    MUL = 3
    DIV = 4


class Version(object):
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


def main():
    ops = [Op.MUL, Op.ADD, Op.DIV, Op.SUB]
    print(sorted(ops)[0].name, [o.name for o in sorted(ops, reverse=True)])
    ops.sort()
    print([o.name for o in ops], max(ops).name, min(ops).name)
    print(max(Op.ADD, Op.SUB).name, min(Op.MUL, Op.SUB).name, max(Op.DIV, Op.ADD, Op.MUL).name)
    print(min(Op.SUB, Op.ADD, Op.MUL).name, max(ops[2], ops[0]).name)
    width = 5
    print("{:>4}|{}|{!s}|".format(Op.ADD, Op.SUB, Op.ADD), f"{Op.SUB:>4}", format(Op.ADD, "03d"), "{!r}".format(Op.SUB))
    print("{0:<5}|{k:x}|{1}".format(Op.SUB, width, k=Op.DIV), "{0} {0}".format(Op.ADD))
    for first in [1, 9]:
        a = Version(first)
        b = Version(10 - first)
        print(max(a, b).n, min(a, b).n, max(b, a).n, min(b, a).n, max([a, b]).n, min(b, a, Version(5)).n)


main()
