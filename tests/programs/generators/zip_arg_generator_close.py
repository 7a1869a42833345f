# A generator whose yield lies in try/finally, given fresh to a zip()/enumerate()/map() that a for
# loop or an expression consumes and left unfinished (the zip stops at its shortest argument, the
# loop breaks or raises): CPython closes it when the consuming object dies (after the loop, before
# its else clause; after list()/dict()/in/sum()), in reverse order of the arguments.
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


def plain(n):
    for i in range(n):
        yield i


def main():
    for a, b in zip(gen(5), "xy"):
        print(a, b)
    print("end 1")
    for a, b in zip("xyz", gen(2)):
        print(a, b)
    print("end 2")
    for a, b in zip(gen(3), gen(4)):
        print(a, b)
        if a == 1:
            break
    print("end 3")
    for i, x in enumerate(gen(6)):
        if i == 2:
            break
    print("end 4")
    print(list(zip(gen(7), [1, 2])))
    print("end 5")
    for i, x in enumerate(gen(2), 1):
        print(i, x)
    else:
        print("else")
    print("end 6")
    d = dict(zip("ab", gen(8)))
    print(sorted(d.items()))
    for x, y in zip(plain(3), gen(9)):
        print(x, y)
    print("end 7")
    try:
        for a, b in zip(gen(10), "xyz"):
            if b == "y":
                raise ValueError(a)
    except ValueError as e:
        print("caught", e)
    print("end 8")
    print((1, "x") in zip(gen(11), "xy"))
    print("end 9")
    print(sum(x for x, y in zip(gen(12), "abc")))
    print("end 10")
    print([x * 2 for x, y in zip(gen(13), "ab")])
    print("end 11")


main()
