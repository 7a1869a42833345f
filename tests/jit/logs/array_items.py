# jit: threshold=3
# pypylog: jit-log-opt
# The heap cache keeps the array items a write cannot overwrite (session 18): after the write to
# tape[p + 1], tape[p] (the same base, another offset) is still known, as is tape[p] after the
# write to tape[p + 2]; tape[k] (an index of unrelated value) may be any of them, so each write
# forgets it and it is read again; an item of another list's descr stays known (lens[1], a list
# of floats: read once). Before session 18 every write forgot every item of its descr: tape[p] was
# read three times per iteration. (jit21 wrote this and reverted it: with it the stack VM printed
# wrong primes, from a backend bug that `dup; mul` reading one cached item twice exposed: t * t
# with t dying there; fixed in session 18, tests/programs/jit/jit_same_operand.py.)
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=[], reds=["tape", "lens", "p", "k", "n", "total"])


def run(n, k):
    tape = [0] * 16
    lens = [0.5] * 4
    p = 4
    total = 0
    while n > 0:
        driver.jit_merge_point(tape=tape, lens=lens, p=p, k=k, n=n, total=total)
        f = lens[1]
        tape[p] = tape[p] + 1
        x = tape[k]
        tape[p + 1] = tape[p] + 2
        y = tape[k]
        tape[p + 2] = tape[p + 1] - tape[p]
        total += tape[p] + tape[k] + x + y + int(f + lens[1])
        lens[1] = f + 0.25
        n -= 1
    return total, tape[4], tape[5], tape[6]


if __name__ == "__main__":
    print(run(40, 5))
    print(run(40, 9))
