from __future__ import print_function
import os, sys


def entry_point(argv):
    data = ["1", "2", "x", "4", "", "-6"]
    good = []
    bad = 0
    for s in data:
        try:
            good.append(int(s))
        except ValueError:
            bad += 1
            continue
        finally:
            pass
    print(good, bad)
    i = 0
    while True:
        try:
            v = good[i]
            i += 1
        except IndexError:
            break
    print("stopped after", i)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
