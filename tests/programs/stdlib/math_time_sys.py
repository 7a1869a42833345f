# math functions scripts use, time.process_time, sys.setrecursionlimit in translated code.
import math
import sys
import time


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def main():
    sys.setrecursionlimit(10000)
    print(depth(3000))
    print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 18 - 1), math.isqrt(9223372036854775807))
    print(math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.perm(6, 2), math.perm(5), math.perm(4, 9))
    print(math.log(8, 2), math.log(100, 10), math.log(2.5, 1.5), math.log(1024), math.log2(1024), math.log10(0.001))
    print(math.gcd(12, 18), math.factorial(10), math.floor(-2.5), math.ceil(2.1), math.sqrt(2.0), math.hypot(3, 4))
    print(math.inf > 1e308, math.isnan(math.nan), math.isfinite(1.0), math.pi, math.e, math.tau)
    print(math.exp(1.0), math.pow(2, 0.5), math.fabs(-3), math.sin(1.0), math.cos(1.0), math.atan2(1.0, 2.0))
    for bad in [-1]:
        try:
            math.isqrt(bad)
        except ValueError as e:
            print("ValueError", e)
        try:
            math.comb(bad, 2)
        except ValueError as e:
            print("ValueError", e)
        try:
            math.perm(3, bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        math.log(10, 1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    t0 = time.process_time()
    s = 0
    for i in range(100000):
        s += i % 7
    t1 = time.process_time()
    print(s, t1 >= t0, time.perf_counter() > 0, time.time() > 1e9)


if __name__ == "__main__":
    main()
