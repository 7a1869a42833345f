# check-stderr
# An exception raised inside a function cached by lru_cache: the traceback shows the wrapped
# function's frames only (CPython's wrapper is native code, rpy's is hidden).
from functools import lru_cache

@lru_cache(maxsize=None)
def inv(n):
    return 10 // n

def main():
    print(inv(5))
    print(inv(0))

main()
