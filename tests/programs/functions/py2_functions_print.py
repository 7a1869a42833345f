# python2
import os, sys


def describe(name, age=30, city="Paris"):
    return "%s (%d) from %s" % (name, age, city)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def entry_point(argv):
    print describe("Ann")
    print describe("Bob", 41)
    print describe("Cy", city="Rome")
    print describe(city="Oslo", name="Di", age=7)
    print fact(10), fact(20)
    print [fact(i) for i in range(6)]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
