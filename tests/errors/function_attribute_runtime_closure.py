# A decorator called at run time sets an attribute on the closure it makes: rpy gives function
# attributes only to functions that exist after import, and says so.
import sys


def counted(fn):
    def wrapper(x):
        wrapper.calls += 1
        return fn(x)
    wrapper.calls = 0
    return wrapper


def main():
    f = counted(len)
    f(sys.argv)
    print(f.calls)


main()
