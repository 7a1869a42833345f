# cache_info() and default values of a cached function are refused (keys then depend on spelling).
from functools import lru_cache

@lru_cache(maxsize=None)
def f(n, k=2):
    return n * k

print(f(3), f.cache_info())
