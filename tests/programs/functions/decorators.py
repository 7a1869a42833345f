from __future__ import print_function
import os, sys

REGISTRY = {}
ORDER = []


def register(name):
    def deco(func):
        REGISTRY[name] = func
        ORDER.append(name)
        return func
    return deco


def twice(func):
    def wrapper(x):
        return func(func(x))
    return wrapper


@register("inc")
def inc(x):
    return x + 1


@register("dbl")
def dbl(x):
    return x * 2


@twice
def add3(x):
    return x + 3


def entry_point(argv):
    print(ORDER)
    for name in ORDER:
        print(name, REGISTRY[name](10))
    print(inc(1), dbl(4), add3(1))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
