# functools.lru_cache's cache_info() and cache_clear() in translated code: @lru_cache(maxsize=None),
# @lru_cache(), @lru_cache(maxsize=2) (evictions), @lru_cache(maxsize=0), @cache.
import functools

calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache()
def sq(n):
    calls.append(n)
    return n * n


@functools.lru_cache(maxsize=2)
def small(n):
    calls.append(-n)
    return n + 100


@functools.lru_cache(maxsize=0)
def nothing(n):
    return n


@functools.cache
def cube(n):
    return n * n * n


print(fib(30), sq(3), sq(3), cube(2))
print(fib.cache_info())
print(sq.cache_info())
print(cube.cache_info())
for n in [1, 2, 1, 3, 2, 1, 1]:
    small(n)
info = small.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(nothing(1), nothing(1), nothing.cache_info())
print(calls)
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info().misses)
