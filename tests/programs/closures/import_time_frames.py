# Closures made at import time share their frame's rebound variables: a function kept wrapped by a
# decorator, or only in a list, still rebinds the variable its sibling reads; a closure made at run
# time inside an import-time wrapper sees the wrapper's frames (reads and `nonlocal`), and a frame's
# variable shadows a module global of the same name, as Python looks names up.
tag = "global"


def logged(fn):
    def inner():
        return fn()

    return inner


def make_wrapped():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    inc = logged(inc)

    def get():
        return n

    return inc, get


def make_listed():
    n = 10

    def inc():
        nonlocal n
        n += 5
        return n

    fs = [inc]
    inc = None

    def get():
        return n

    return fs, get


def deco(fn):
    tag = "T"
    calls = 0

    def wrapper(n):
        nonlocal calls
        calls += 1

        def helper():
            nonlocal calls
            calls += 100
            return tag + str(fn(n)) + "/" + str(calls)

        return helper()

    return wrapper


@deco
def twice(n):
    return n * 2


inc, get = make_wrapped()
fs, get2 = make_listed()


def main():
    inc()
    inc()
    print(get())
    fs[0]()
    print(get2(), fs[0]())
    print(twice(1))
    print(twice(2))
    print(tag)


main()
