# f(*xs) of a list that is not a variable: its items passed after checking their number (refused before).
import sys


def add3(a, b, c):
    return a + b + c


def main():
    print(add3(*[1, 2, len(sys.argv)]))


main()
