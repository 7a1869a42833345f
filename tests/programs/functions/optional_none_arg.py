from __future__ import print_function
import os, sys


def join_words(words, sep=None):
    if sep is None:
        sep = " "
    return sep.join(words)


def append_to(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target


def entry_point(argv):
    print(join_words(["a", "b"]), join_words(["a", "b"], "-"))
    print(append_to(1), append_to(2), append_to(3, [0]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
