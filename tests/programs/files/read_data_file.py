from __future__ import print_function
import os, sys


def entry_point(argv):
    with open("data/input.txt") as f:
        lines = f.read().splitlines()
    print(len(lines))
    words = 0
    for line in lines:
        words += len(line.split())
    print(words)
    print(lines[-1].upper())
    print(os.path.basename("data/input.txt"), os.path.dirname("data/input.txt"))
    print(os.path.isdir("data"), os.path.isfile("data"), os.path.isfile("data/input.txt"))
    print(sorted(os.listdir("data")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
