# int ** int where the exponent may be negative at run time: Python gives a float for a negative
# exponent (2 ** -1 == 0.5) and an int otherwise; so does the translated program.
import sys


def power(base, exp):
    return base ** exp


def main():
    n = len(sys.argv)
    for e in [n - 3, n - 2, n - 1, n, n + 3]:
        print(2 ** e, power(3, e), pow(10, e), (-2) ** e)
    print(2 ** -2, pow(4, -1), 5 ** 0)
    for i in range(4):  # a non-negative exponent stays an int
        print(7 ** i + 1)
    x = 2
    x **= n - 3
    print(x)
    try:
        print(0 ** (n - 2))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


main()
