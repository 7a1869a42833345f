# zip(), enumerate(), map() and filter() kept in a variable (or returned, or given to a function)
# are iterators in Python 3: partly consuming one (`x in e`, next(e), a loop left with break)
# leaves only the rest for what reads it next. Where the call's value is iterated at once (a for
# loop, list(), sorted(), dict(), a comprehension) nothing else sees it.
import sys


def gen(n):
    for i in range(n):
        yield i


def pairs(xs):
    return zip(xs, range(10, 20))


def noisy(n):
    for i in range(n):
        print("noisy", i)
        yield i


def take(it, n):
    out = []
    for x in it:
        out.append(x)
        if len(out) == n:
            break
    return out


def pick(flag):
    if flag:
        return zip(gen(3), "abc")
    return zip([5, 6], "de")


def main():
    xs = ["x", "y", "z"]
    e = enumerate(xs)
    print((1, "y") in e, list(e))
    e = enumerate("xyz")
    print((1, "y") in e, list(e))
    e = enumerate("abcd", 1)
    print(next(e))
    for i, c in e:
        print("first", i, c)
        break
    for i, c in e:
        print("second", i, c)
    print(list(e), next(e, None))
    z = zip(xs, [1, 2, 3])
    print(next(z))
    print(list(z), list(z))
    z = zip(xs, "pq", [1.5, 2.5, 3.5])
    print(("x", "p", 1.5) in z, ("x", "p", 1.5) in z)
    p = pairs([7, 8, 9])
    print(take(p, 2), take(p, 2))
    m = map(len, ["a", "bb", "ccc"])
    print(next(m), list(m))
    f = filter(None, [0, 1, 2, 0, 3])
    print(next(f), sum(f))
    for i, x in enumerate(xs):
        print(i, x)
    for a, b in zip(xs, xs[1:]):
        print(a + b)
    print(dict(zip(xs, range(3))), sorted(enumerate(xs), reverse=True))
    print([i * 2 for i, _ in enumerate(xs)], max(zip([3, 1, 2], "abc")))
    print(list(pick(len(sys.argv) > 0)))
    print(list(pick(len(sys.argv) > 5)))
    for i, (a, b) in enumerate(zip(gen(2), gen(5))):
        print(i, a, b)
    print(sorted(enumerate(gen(3)), reverse=True))
    print(max(zip(gen(3), "xyz")))
    w = enumerate(zip(xs, "uvw"))
    print(next(w), [t for t in w])
    a, b = enumerate("ab")
    print(a, b)
    print(*zip("ab", "cd"))
    # items of a list never filled: the zip yields nothing, `in` still runs it (its effects)
    empty = [" pad " for c in xs if False]
    z = zip(noisy(3), empty)
    print((2, "abc") in z)
    z = zip(range(len(sys.argv) + 2), empty)
    print((2, "abc") not in z)


main()
