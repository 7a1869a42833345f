# isinstance(x, set/frozenset) decided on the object when x may be a frozenset; isinstance of a value that may be None (was always true for a None str)
import sys


def kind(x):
    if isinstance(x, frozenset):
        return "frozenset"
    if isinstance(x, set):
        return "set"
    return "?"


def maybe(n):
    if n > 5:
        return None
    return {n}


def main():
    fs = frozenset([1, 2])
    s = {1}
    print(kind(fs), kind(s), isinstance(fs, (set, frozenset)), isinstance(s, (list, frozenset)))
    t = {5, 6}
    print(isinstance(t, set), isinstance(t, frozenset), isinstance(t, dict))
    m = maybe(len(sys.argv))
    print(isinstance(m, set), isinstance(maybe(10), set))
    name = None if len(sys.argv) > 3 else "x"
    other = "y" if len(sys.argv) > 3 else None
    print(isinstance(name, str), isinstance(other, str))


main()
