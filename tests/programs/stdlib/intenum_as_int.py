# IntEnum members used as ints in translated code (annotate/int_members.cpp), and their text.
from enum import IntEnum
import sys


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


class State(IntEnum):
    IDLE = 0
    RUNNING = 1
    DONE = 2


NAMES = ["zero", "one", "two", "three"]


def step(s):
    if s == State.IDLE:
        return State.RUNNING
    if s < State.DONE:
        return State.DONE
    return s


def main():
    n = len(sys.argv)
    c = Color(n + 1)
    print(c, repr(c), str(c), "%d" % c, "%s" % c, "{}".format(c), f"{c}", f"{c:>4}", f"{c!r}")
    print(Color.RED + 1, c * 2, -c, c - Color.RED, c // 2, c % 2, 10 - c, c << 1, c & 1)
    print(c < Color.BLUE, c >= 2, 3 > c, c == 2, c != Color.GREEN, Color.RED == State.RUNNING)
    print(list(range(Color.BLUE)), NAMES[c], int(c), float(c), abs(-c), hex(c), divmod(Color.BLUE, 2))
    s = State.IDLE
    seen = []
    while s != State.DONE:
        seen.append(s.name)
        s = step(s)
    print(seen, s, s.value, s.name)
    total = 0
    for col in Color:
        total += col
    print(total)
    counts = [0, 0, 0, 0]
    counts[c] += 5
    print(counts, "ab"[State.RUNNING], (7, 8, 9)[Color.RED])


main()
