from __future__ import print_function
import os, sys


def entry_point(argv):
    people = [("cy", 35), ("ann", 29), ("bob", 35), ("di", 22)]
    people.sort()
    print(people)
    by_age = sorted([(age, name) for name, age in people])
    print(by_age)
    oldest = max(people, key=lambda p: p[1])
    print(oldest)
    names = [name for name, age in people if age > 25]
    print(names)
    print((1, 2) < (1, 3), (2, 0) > (1, 9), ("a", 2) < ("a", 1), (1, 2) <= (1, 2))
    total = 0
    for name, age in people:
        total += age
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
