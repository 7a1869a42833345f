# Comprehensions in a portal, as real interpreters write their CALL instructions
# (`args = [stack.pop() for _ in xrange(n)]`): the codewriter lowers them as the loops they are.
# Also a comprehension with a condition over a list, nested generators, a set and a dict
# comprehension, a generator expression given to a function, and an exception raised inside a
# comprehension (popping from an empty stack) caught by the portal.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["stack", "n", "total"])


def add_all(xs):
    s = 0
    for x in xs:
        s += x
    return s


def run(code, n):
    stack = []
    total = 0
    pc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, stack=stack, n=n, total=total)
        c = code[pc]
        if c == "p":  # push n, n+1, n+2
            stack.extend([n + k for k in range(3)])
        elif c == "c":  # call with 3 arguments: pop them
            args = [stack.pop() for _ in range(3)]
            total += args[0] - args[2] + len(args)
        elif c == "f":  # filtered and nested
            evens = [x * y for x in range(n % 5) for y in range(3) if (x + y) % 2 == 0]
            total += len(evens) + add_all(evens)
        elif c == "s":
            seen = {x % 4 for x in range(n % 9)}
            d = {x: x * x for x in range(n % 6)}
            total += len(seen) * 10 + len(d) + add_all([d[k] for k in range(n % 6)])
        elif c == "g":
            total += add_all(list(x + 1 for x in range(n % 7)))
        elif c == "e":
            try:
                got = [stack.pop() for _ in range(n % 5)]
                total += len(got) + add_all(got)
            except IndexError:
                total += 1000
            del stack[:]
        elif c == "j":
            n -= 1
            if n > 0:
                pc = 0
                continue
        pc += 1
    return total


def entry_point(argv):
    n = 200
    if len(argv) > 1:
        n = int(argv[1])
    print(run("pcfsgj", n))
    print(run("pepj", n))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
