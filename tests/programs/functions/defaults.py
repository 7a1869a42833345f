from __future__ import print_function
import os, sys

counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


def f(x, tag=next_id()):
    return x * 100 + tag


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def power(base, exp=2):
    return base ** exp


def entry_point(argv):
    print(f(1), f(2), f(3, 7), counter[0])
    print(greet("Ann"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", "Yo", "?"))
    print(power(5), power(2, 10))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
