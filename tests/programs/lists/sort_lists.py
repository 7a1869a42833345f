from __future__ import print_function
import os, sys


def entry_point(argv):
    l = [5, -2, 9, 0, 5, 3, -7]
    l.sort()
    print(l)
    s = ["pear", "Apple", "fig", "apple", ""]
    s.sort()
    print(s)
    f = [2.5, -1.0, 3.25, 0.0]
    f.sort()
    print(f)
    print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("hello"))
    big = []
    x = 12345
    for i in range(1000):
        x = (x * 1103515245 + 12345) % 2147483648
        big.append(x % 1000)
    big.sort()
    ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    print(ok, big[0], big[500], big[-1])
    t = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    t.sort()
    print(t)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
