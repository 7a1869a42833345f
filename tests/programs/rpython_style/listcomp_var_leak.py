# python2
# RPython is Python 2.7: a list comprehension's loop variable is the function's local, so it
# overwrites a local of the same name (rpy gave the comprehension its own variable: 8 for 5).
import sys


def shadowed(n):
    x = 5
    ys = [x * 2 for x in range(n)]
    return x + len(ys)


def nested(n):
    i = j = -1
    pairs = [(i, j) for i in range(n) for j in range(i)]
    return len(pairs), i, j


def entry_point(argv):
    print shadowed(3), shadowed(len(argv) + 2)
    print nested(4)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    entry_point(sys.argv)
