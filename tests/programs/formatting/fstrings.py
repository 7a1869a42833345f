# py2-differs: f-strings exist only in Python 3 (rpy accepts them in RPython programs, RPYTHON.md section 5)
from __future__ import print_function
import os, sys


def entry_point(argv):
    name = "world"
    n = 42
    x = 3.14159
    print(f"hello {name}")
    print(f"{n} squared is {n * n}")
    print(f"[{n:5d}] [{n:<5d}] [{n:05d}] [{n:x}]")
    print(f"[{x:.2f}] [{x:8.3f}] [{x}]")
    print(f"[{name:>8}] [{name:<8}] [{name.upper()}]")
    items = [1, 2, 3]
    print(f"{len(items)} items, first {items[0]}, list {items}")
    print(f"{'quoted'} {n > 40} {None}")
    print(f"{{braces}} {n}")
    print(f"{n}{n}" + f"-{n % 5}")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
