from __future__ import print_function
import os, sys
from rpython.rlib.jit import JitDriver


def get_location(pc, code):
    return "%d:%s" % (pc, code[pc])


driver = JitDriver(greens=["pc", "code"], reds="auto", get_printable_location=get_location)


def run(code, n):
    pc = 0
    out = []
    acc = n
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code)
        c = code[pc]
        if c == "+":
            acc += 1
        elif c == "*":
            acc *= acc
        elif c == "p":
            out.append(acc)
        pc += 1
    return out


def entry_point(argv):
    print(run("+p*p+p", 2))
    print(get_location(1, "abc"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
