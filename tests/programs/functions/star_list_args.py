# f(*xs) of a list variable into fixed parameters: its items, after a check of their number (TypeError).
import sys


def add3(a, b, c):
    return a + b + c


def pair():
    return [4, 5, 6]


def main():
    n = len(sys.argv)
    row = [1, 2, n]
    print(add3(*row))
    got = pair()
    print(add3(*got))
    xs = [1, 2, 3, 4][:n + 3]
    try:
        print(add3(*xs))
    except TypeError as e:
        print("TypeError", e)
    ys = xs[:2]
    try:
        print(add3(*ys))
    except TypeError as e:
        print("TypeError", e)


main()
