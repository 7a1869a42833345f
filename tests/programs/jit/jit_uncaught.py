# check-traceback
# An exception raised in a function the JIT looks inside, leaving the portal and the program:
# the traceback shows the frames the JIT ran (the portal, the callee) after the compiled ones.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["stack"])


def check(stack, v):
    if v > 20:
        raise ValueError("value too large: %d" % v)
    stack.append(v)


def run(code):
    pc = 0
    stack = [1]
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, stack=stack)
        if code[pc] == "d":
            check(stack, stack[-1] * 2)
        pc += 1
    return stack


def main(code):
    print(run(code))


def entry_point(argv):
    main("dd")
    main("dddddddd")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
