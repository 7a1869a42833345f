# python2
# A jit_merge_point inside `for` loops of its portal, as public interpreters write it (vanila:
# `for i in range(n): driver.jit_merge_point(...)`). RPython's flow space makes each for loop a
# while loop over an iterator, which is live at the merge point: a red. rpy rewrites those loops
# into while loops over hidden locals that it carries as reds (docs/JIT.md 4.1). Covered: range()
# with one, two and three arguments (negative step, a step known only at run time, zero), xrange(), a green that is the loop variable,
# reds='auto', continue, break, for-else, the loop variable rebound in the body and read after the
# loop, a list the body appends to (seen as Python's list iterator sees it), a Python 2 str, a
# merge point in a while loop inside a for loop (one program per iteration), for loops nested
# around the merge point, and an exception leaving the loop.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

d_range = JitDriver(greens=["i"], reds=["acc"])
d_auto = JitDriver(greens=[], reds="auto")
d_neg = JitDriver(greens=[], reds=["total", "n"])
d_list = JitDriver(greens=[], reds="auto")
d_str = JitDriver(greens=[], reds="auto")
d_prog = JitDriver(greens=["pc", "prog"], reds=["acc"])
d_nest = JitDriver(greens=[], reds="auto")
d_raise = JitDriver(greens=[], reds="auto")
d_step = JitDriver(greens=[], reds="auto")


class Acc(object):
    def __init__(self):
        self.x = 0
        self.y = 1


def vanila(n):
    acc = Acc()
    for i in range(n):
        d_range.jit_merge_point(i=i, acc=acc)
        acc.x += acc.y
        acc.y = (acc.y * 3 + i) % 1009
    return acc.x


def stepping(lo, hi):
    total = 0
    seen = 0
    i = 0
    for i in xrange(lo, hi, 3):
        d_auto.jit_merge_point()
        seen += 1
        if i % 7 == 0:
            continue
        if total > 5000000:
            break
        total += i
        i = -1  # rebinding the loop variable does not change the iteration
    else:
        total = -total
    return total, seen, i


def countdown(n):
    total = 0
    k = 0
    for k in range(n, 0, -2):
        d_neg.jit_merge_point(total=total, n=n)
        total = total * 3 + k
        total %= 100003
    return total, k


def grow(seed, limit):
    items = [seed]
    out = 0
    for x in items:
        d_list.jit_merge_point()
        out += x
        if len(items) < limit:
            items.append((x * 5 + 1) % 97)
            if x % 11 == 3:
                items.append(x + 1)
    else:
        out += 1000000
    return out, len(items)


def letters(s, times):
    counts = [0] * 4
    for r in range(times):
        for c in s:
            d_str.jit_merge_point()
            if c == "a":
                counts[0] += 1
            elif c == "b":
                counts[1] += r
            elif "0" <= c <= "9":
                counts[2] += ord(c) - ord("0")
            else:
                counts[3] += 1
    return counts


def run_programs(progs):
    acc = 0
    for prog in progs:
        pc = 0
        while pc < len(prog):
            d_prog.jit_merge_point(pc=pc, prog=prog, acc=acc)
            op = prog[pc]
            if op == "+":
                acc += 1
            elif op == "*":
                acc = acc * 2 % 1000003
            elif op == "<" and acc % 5 != 0:
                pc = 0
                acc += 1
                continue
            pc += 1
    return acc


def nested(rows, cols):
    grid = []
    for r in range(rows):
        line = 0
        for c in xrange(cols):
            d_nest.jit_merge_point()
            line = line * 7 + (r ^ c)
            line %= 65521
        grid.append(line)
    return grid


def failing(n):
    done = 0
    try:
        for i in range(n):
            d_raise.jit_merge_point()
            if i == n - 3:
                raise ValueError("stop at %d" % i)
            done += i
    except ValueError as e:
        return "%s after %d" % (e, done)
    return "no error"


def any_step(lo, hi, step):
    acc = 0
    for i in range(lo, hi, step):
        d_step.jit_merge_point()
        acc = (acc * 7 + i) % 1000003
    return acc


def zero_step(step):
    try:
        return any_step(0, 10, step)
    except ValueError:
        return -1


def entry_point(argv):
    n = int(argv[1]) if len(argv) > 1 else 3000
    print("vanila", vanila(n))
    print("stepping", stepping(1, n * 4))
    print("stepping empty", stepping(n, 0))
    print("stepping big", stepping(0, n * 2000))
    print("countdown", countdown(n))
    print("grow", grow(3, n))
    print("letters", letters("ab0c9ba7" * 8, n // 20))
    print("programs", run_programs(["++*", "+<", "*+*+<", ""] * (n // 30)))
    g = nested(n // 40, 80)
    print("nested", len(g), sum(g))
    print("failing", failing(n))
    print("failing short", failing(1))
    print("any step", any_step(0, n * 3, 7), any_step(n * 3, -5, -4), any_step(3, 3, len(argv)))
    print("zero step", zero_step(0), zero_step(len(argv) - len(argv) + 3))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
