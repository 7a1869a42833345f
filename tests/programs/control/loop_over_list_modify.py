from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x * 10)
        if x == 2:
            out.append(-1)
    print(out)
    work = [5]
    seen = []
    while len(work) > 0:
        x = work.pop()
        seen.append(x)
        if x > 1:
            work.append(x // 2)
            work.append(x - 2)
    print(seen)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
