# int ** int: a negative constant exponent gives a float (2 ** -1 == 0.5), a non-negative one an
# int; a number that is an int or a float at run time raised to an int gives each kind's result.
import sys


def pick(n):
    if n > 5:
        return 0.5
    return n


def main():
    n = len(sys.argv)
    print(2 ** -2, pow(4, -1), 5 ** 0, (-3) ** -3, 2 ** -1 * n)
    for i in range(4):
        print(7 ** i + 1, pow(2, i), (n + 1) ** i)
    for e in [-2, -1, 0, 1, 2]:
        print(pick(n + 1) ** e, pick(9) ** e, pow(pick(n), e))
    x = 2
    x **= 3
    print(x, 2 ** n, 10 ** len("abc"))


main()
