from __future__ import print_function
import os, sys
import base
from derived import Push, Add


def run(prog):
    stack = []
    for ins in prog:
        ins.execute(stack)
    return stack


def entry_point(argv):
    prog = [Push(2), Push(3), Add(0), Push(10), Add(0)]
    print([i.show() for i in prog])
    print(run(prog))
    print(isinstance(prog[0], base.Instr))
    try:
        run([Push(1), Add(0)])
    except base.VMError as e:
        print("VMError:", e.msg)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
