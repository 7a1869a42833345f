from __future__ import print_function
import os, sys


def entry_point(argv):
    words = ["alpha", "beta", "gamma"]
    print(", ".join(words), "".join(words), "-".join([]), "+".join(["one"]))
    print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b c".split(" "), "abc".split(","))
    print("".split(","), ",".split(","), "a::b::c".split("::"))
    print("  a  b\tc\n d  ".split(), "".split(), "   ".split())
    print("k=v=w".split("=", 1), "a,b,c,d".split(",", 2), "a,b,c".split(",", 0))
    line = "3 4 5"
    total = 0
    for p in line.split(" "):
        total += int(p)
    print(total)
    print(" ".join([str(i) for i in range(5)]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
