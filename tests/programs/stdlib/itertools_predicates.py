# itertools.takewhile, dropwhile, filterfalse, starmap and compress: lazy, as CPython's.
import itertools


def noisy(xs):
    for x in xs:
        print("  pull", x)
        yield x


def main():
    print(list(itertools.takewhile(lambda t: t < 3, [1, 2, 5, 1])))
    print(list(itertools.dropwhile(lambda t: t < 3, [1, 2, 5, 1])))
    print(list(itertools.filterfalse(lambda t: t % 2, range(10))))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
    print(list(itertools.starmap(lambda a, b: a + b, [("x", "y")])))
    print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
    print(list(itertools.compress([1, 2], [True, True, True])))
    for x in itertools.takewhile(lambda t: t < 2, noisy([0, 1, 2, 3])):
        print("got", x)
    first = next(itertools.dropwhile(lambda t: t < 2, noisy([0, 1, 2, 3])))
    print("first", first)
    print(list(itertools.takewhile(lambda c: c != " ", "hello world")))
    print(sum(itertools.takewhile(lambda t: t < 100, itertools.count(1, 7))))


main()
