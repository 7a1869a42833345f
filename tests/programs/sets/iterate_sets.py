from __future__ import print_function
import os, sys


def entry_point(argv):
    s = set()
    for i in range(10):
        s.add(i * 3 % 10)
    total = 0
    for x in s:
        total += x
    print(total, len(s))
    visited = set()
    frontier = [0]
    while frontier:
        n = frontier.pop()
        if n in visited or n > 20:
            continue
        visited.add(n)
        frontier.append(n + 3)
        frontier.append(n + 5)
    print(len(visited), sorted(visited))
    tuples = set()
    tuples.add((1, 2))
    tuples.add((1, 2))
    tuples.add((2, 1))
    print(len(tuples), (2, 1) in tuples)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
