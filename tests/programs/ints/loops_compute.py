from __future__ import print_function
import os, sys


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def entry_point(argv):
    best, arg = 0, 0
    for i in range(1, 10000):
        s = collatz_steps(i)
        if s > best:
            best, arg = s, i
    print(arg, best)
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
    print(isqrt(10 ** 18), isqrt(99), isqrt(1))
    total = 0
    i = 0
    while i < 1000000:
        total += i * i % 7
        i += 1
    print(total)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
