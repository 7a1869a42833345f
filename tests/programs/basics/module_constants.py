from __future__ import print_function
import os, sys

SIZE = 10
SQUARES = [i * i for i in range(SIZE)]
PRIMES = []
for _n in range(2, 50):
    for _d in range(2, _n):
        if _n % _d == 0:
            break
    else:
        PRIMES.append(_n)
NAMES = ["zero", "one", "two", "three"]
TOTAL = 0
for _s in SQUARES:
    TOTAL += _s
GREETING = "hello" + " " + "world"
FLAGS = [False] * 5
FLAGS[2] = True
EVEN_SQUARES = [s for s in SQUARES if s % 2 == 0]
SCALE = 2.5


def describe(i):
    if 0 <= i < len(NAMES):
        return NAMES[i]
    return "many"


def entry_point(argv):
    print(SQUARES)
    print(PRIMES)
    print(len(PRIMES), PRIMES[-1])
    print(TOTAL)
    print(GREETING)
    print(FLAGS)
    print(EVEN_SQUARES)
    for i in range(6):
        print(i, describe(i))
    print(SCALE * SIZE)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
