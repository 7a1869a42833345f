from __future__ import print_function
import os, sys


def entry_point(argv):
    fs = [1.5, 2.25, -0.5]
    fs.append(4.0)
    print(fs, sum(fs), max(fs), min(fs))
    ss = "the quick brown fox".split()
    ss.append("jumps")
    print(ss, len(ss), "fox" in ss, ss.index("brown"))
    longest = ""
    for w in ss:
        if len(w) > len(longest):
            longest = w
    print(longest)
    bs = [x > 1.0 for x in fs]
    print(bs)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
