from __future__ import print_function
import os, sys


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(gen_limit):
    out = []
    for x in fib():
        if len(out) >= gen_limit:
            break
        out.append(x)
    return out


def entry_point(argv):
    print(take(15))
    g = fib()
    # RPython's flow space refuses a read after a loop that may run zero times: assigned first
    v = 0
    for i in range(50):
        v = next(g)
    print(v)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
