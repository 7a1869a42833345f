# f(*xs) of a list that is not a variable: refused, saying to assign it to a variable first.
import sys


def add3(a, b, c):
    return a + b + c


def main():
    print(add3(*[1, 2, len(sys.argv)]))


main()
