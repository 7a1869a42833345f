from __future__ import print_function
import os, sys


def digits_sum(n):
    s = str(n)
    total = 0
    for c in s:
        if c != "-":
            total += int(c)
    return total


def entry_point(argv):
    print(digits_sum(987654321), digits_sum(-305), digits_sum(0))
    print(str(12) + str(34), int("12") + int("34"), int(str(99) + "1"))
    print(str(True), str(None), str(2.5), str(-0.5), str("already"))
    n = 0
    for piece in "10 20 30 -5".split(" "):
        n += int(piece)
    print(n)
    print(str(len("abc")) + " chars")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
