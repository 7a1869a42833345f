# py2-differs: RecursionError exists only in Python 3 (rpy provides it; Python 2.7 raises RuntimeError)
# Unbounded recursion raises RecursionError (a RuntimeError), which the program can catch and
# carry on, as in Python; bounded recursion deeper than it is fine in both.
from __future__ import print_function
def forever(n):
    return forever(n + 1) + 1


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1) * 2


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def entry_point(argv):
    try:
        forever(0)
    except RecursionError:
        print("RecursionError caught")
    try:
        ping(0)
    except RuntimeError as e:
        print("RuntimeError caught:", str(e)[:33])
    print(depth(500))
    try:
        forever(0)
    except RecursionError:
        print("and again")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
