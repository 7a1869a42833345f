from __future__ import print_function
import os, sys


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def entry_point(argv):
    print(fact(1), fact(5), fact(20))
    print([fib(i) for i in range(15)], fib(25))
    print(ackermann(2, 3), ackermann(3, 3))
    print(depth(1000), depth(5000))
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print(len(moves), moves[:5])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.setrecursionlimit(100000)
    sys.exit(entry_point(sys.argv))
