# A script without target() is Python 3: `/` is true division, correctly rounded for every int.
import sys


def divide_all(pairs):
    out = []
    for a, b in pairs:
        out.append(a / b)
    return out


if __name__ == '__main__':
    n = len(sys.argv) + 6
    print(n / 2, n // 2, -n / 4, -n // 4, 10 / 5, 0 / -3)
    big = [(2 ** 53 + 1, 1), (2 ** 62 + 3, 3), (-(2 ** 63) + 1, 7), (9007199254740993, 2),
           (123456789123456789, 1000), (1, 2 ** 62), (2 ** 62 - 1, 2 ** 61 + 1), (-5, 2 ** 60)]
    for q in divide_all(big):
        print(repr(q))
    x = n
    x /= 4
    print(x)
    try:
        print(n / (n - n))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    f = 7.0
    print(f / 2, 7 / 2.0, 1 / 3)
