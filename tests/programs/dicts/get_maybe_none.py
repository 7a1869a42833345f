from __future__ import print_function
import os, sys

NAMES = {"en": "hello", "fr": "bonjour"}


def greet(lang):
    s = NAMES.get(lang)
    if s is None:
        return "??"
    return s + "!"


def entry_point(argv):
    print(greet("en"), greet("fr"), greet("de"))
    print(NAMES.get("xx") is None)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
