from __future__ import print_function
import os, sys


def entry_point(argv):
    a = "apple"
    b = "app" + "le"
    print(a == b, a != b, a == "Apple", a is not None)
    print("pp" in a, "x" in a, "" in a, "apple" in a, "apples" in a, "a" not in "xyz")
    print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "zeta" > "alpha", "a" <= "a")
    print("a" < "b" < "c", "b" < "a" < "c")
    words = ["pear", "apple", "fig", "banana", "Cherry", ""]
    print(sorted(words))
    print(max(words), min(words))
    c = a[0]
    print(c == "a", c in "abc", c < "b")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
