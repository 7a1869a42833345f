# A variable that holds a Python 3 range on one path and a list on another: python3 prints
# range(0, 3) or [1, 2]; rpy refuses it, naming both (it used to print the range as a list).
import sys


def pick(c, n):
    xs = range(n) if c else [1, 2]
    return xs


def main():
    print(pick(len(sys.argv) < 5, 3))


main()
