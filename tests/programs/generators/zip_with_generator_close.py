# Generators with a with statement around their yield, given to zip()/map() in a generator, a
# generator expression, a dict comprehension, nested loops, sorted() and max(): each closed when
# the object consuming it dies, as CPython does.
from contextlib import contextmanager


class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", self.n)
        return False


def wgen(n):
    with Res(n):
        for i in range(n):
            yield i


def pairs():
    for a, b in zip(wgen(3), "ab"):
        yield a
    print("pairs done")


def main():
    print(sum(a for a, b in zip(wgen(4), "x")))
    print("end 1")
    print(list(pairs()))
    print("end 2")
    print({a: b for a, b in zip(wgen(5), "xy")})
    print("end 3")
    total = 0
    for k in range(2):
        for a, b in zip(wgen(2 + k), "q"):
            total += a
        print("k", k)
    print(total)
    print(sorted(map(lambda x: -x, wgen(3))))
    print(max(zip(wgen(6), "abc")))
    print("end 4")


main()
