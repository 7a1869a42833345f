# functools.lru_cache / cache in translated code: the unbounded and bounded (LRU) rules, the
# cache shared with the calls made while the program was imported, cache_clear().
import functools
import sys
from functools import lru_cache

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

calls = []

@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x

@lru_cache
def grid(i, j):
    if i == 0 or j == 0:
        return 1
    return (grid(i - 1, j) + grid(i, j - 1)) % 1000007

@functools.cache
def word(s, k):
    print("computing", s, k)
    return s * k

EARLY = fib(30)

def main():
    print(EARLY, fib(80), fib(90) % 1000)
    for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
        square(x)
    print(calls)
    print(grid(60, 60))
    print(word("ab", 2), word("ab", 2), word("c", 3))
    square.cache_clear()
    square(1)
    print(calls[-3:], len(calls))
    n = len(sys.argv)
    print(fib(n + 10))

main()
