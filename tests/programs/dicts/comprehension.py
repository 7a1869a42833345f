from __future__ import print_function
import os, sys


def entry_point(argv):
    squares = {i: i * i for i in range(6)}
    print(squares)
    lengths = {w: len(w) for w in ["a", "bb", "ccc"] if w != "bb"}
    print(lengths)
    inverted = {v: k for k, v in squares.items()}
    print(inverted[16], inverted[25])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
