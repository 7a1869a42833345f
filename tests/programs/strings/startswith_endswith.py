from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "hello world"
    print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"))
    print(s.endswith("world"), s.endswith("d"), s.endswith("hello"), s.endswith(""))
    print(s.startswith("world", 6), s.endswith("hello", 0, 5), s.startswith("o", 4, 5))
    files = ["a.py", "b.txt", "c.py", "py"]
    print([f for f in files if f.endswith(".py")])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
