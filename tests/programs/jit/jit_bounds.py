# A tape that grows as a head moves right in runs of steps (BF's '>>>>'), with reads and writes
# to the left of the head: the JIT's integer bounds remove the bounds checks that earlier ones
# imply, and merge a run of end-of-tape checks into its first one. The tape reaches its end in
# the middle of runs (the merged check then fails where the first step alone would pass), and
# the left reads reach the start of the tape.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["step"], reds=["i", "n", "tape", "pos", "acc"])


def advance(tape, pos):
    pos += 1
    if len(tape) <= pos:
        tape.append(pos % 3)
    return pos


def run(n, step):
    tape = [1] * 12
    pos = 0
    acc = 0
    i = 0
    while i < n:
        driver.jit_merge_point(step=step, i=i, n=n, tape=tape, pos=pos, acc=acc)
        for k in range(step):
            pos = advance(tape, pos)
        tape[pos] = (tape[pos] + i) & 255
        if pos >= 4:
            acc += tape[pos - 4] * 3 + tape[pos - 1]
        if i % 7 == 6:
            pos -= step * 6 + 1  # back: the runs reach the end again after a while
            if pos < 0:
                pos = 0
        acc = (acc * 31 + tape[pos]) % 1000003
        i += 1
    return acc * 1000 + len(tape)


def entry_point(argv):
    print(run(3000, 3))
    print(run(3000, 5))
    print(run(500, 2))
    print(run(400, 9))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
