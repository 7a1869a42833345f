from __future__ import print_function
import os, sys


def entry_point(argv):
    print("{} + {} = {}".format(1, 2, 3))
    print("{0} {1} {0}".format("a", "b"))
    print("[{:>6}] [{:<6}] [{:^6}]".format("ab", "cd", "ef"))
    print("[{:5d}] [{:05d}] [{:+d}] [{:x}] [{:X}] [{:b}] [{:o}]".format(42, 42, 42, 255, 255, 5, 8))
    print("[{:.3f}] [{:8.2f}] [{:<8.1f}] [{:.0f}]".format(3.14159, 2.5, 1.25, 7.5))
    print("{}".format(1.5), "{}".format(True), "{}".format("s"), "{}".format(0.1))
    print("{{literal braces}} {}".format("x"))
    print("{:*^9}".format("mid"), "{:->5}".format(1), "{:.<5}".format("l"))
    name = "Ann"
    age = 30
    print("{} is {} years old".format(name, age))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
