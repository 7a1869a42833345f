# A generator expression is lazy: only its first iterable is evaluated where it is written; its
# items (their calls and exceptions), conditions and inner iterables are computed one at a time,
# as the consumer asks: stored, passed, returned, iterated by a loop whose body prints, zip'ed
# with a shorter list, read twice by next(), sliced by islice, over an infinite source.
import itertools


def f(x):
    print("f", x)
    return x * 2


def bad(x):
    if x == 3:
        raise ValueError("three")
    return x


def squares_forever():
    return (x * x for x in itertools.count())


def take2(it):
    a = next(it)
    b = next(it)
    return a + b


def first_iterable():
    print("first iterable")
    return [1, 2, 3]


def main():
    xs = [1, 2, 3]
    g = (f(x) for x in xs)
    print("made")
    for v in g:
        print("got", v)
    for v in (f(x) for x in xs if x != 2):
        print("loop", v)
    for v in squares_forever():
        if v > 20:
            break
        print("square", v)
    print(list(itertools.islice((f(x) for x in xs), 2)))
    g3 = (bad(x) for x in xs)
    print(next(g3), next(g3))
    try:
        next(g3)
    except ValueError as e:
        print("late", e)
    print(take2(f(x) for x in xs))
    g4 = (f(x) for x in first_iterable())
    print("created")
    print(next(g4))
    k = 1
    g5 = (x + k for x in xs)
    k = 100
    print(list(g5))
    pairs = ((x, y) for x in xs for y in (f(x), -x) if y != 4)
    print("pairs made")
    print(next(pairs))
    print(list(pairs))
    print(list(enumerate(f(x) for x in xs)))
    print(sum(f(x) for x in xs), sorted((f(x) for x in xs), reverse=True))
    print(",".join(str(f(x)) for x in xs))
    print(max(f(x) for x in xs), min(f(x) for x in xs), set(f(x) for x in xs))
    print(dict((x, f(x)) for x in xs))
    rows = [[1, 2], [3, 4, 5]]
    print([sum(v for v in row if v > r[0]) for r in rows for row in rows])
    it = iter([1, 2])
    try:
        print(list(next(it) for _ in range(5)))
    except RuntimeError as e:
        print("RuntimeError", e)
    it2 = iter([7])
    try:
        print(sum(next(it2) for _ in range(3)))
    except RuntimeError as e:
        print("RuntimeError", e)
    it3 = iter([])
    try:
        print(any(next(it3) for _ in range(3)))
    except RuntimeError as e:
        print("RuntimeError", e)
    lazy = (next(it) for _ in range(5))
    try:
        for v in lazy:
            print(v)
    except RuntimeError as e:
        print("RuntimeError", e)


main()
