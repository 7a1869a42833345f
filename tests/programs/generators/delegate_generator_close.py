# A generator delegating to one whose yield lies in try/finally (yield from, a for loop with a
# yield, a loop over zip()/map() of it), left unfinished: closing the outer one closes the inner one
# first (CPython throws GeneratorExit into the delegate, or drops it with the frame).
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


def outer():
    yield from gen(2)
    yield 9


def outer2(n):
    try:
        for x in gen(n):
            yield x * 10
    finally:
        print("outer2 finally", n)


def outer3():
    for a, b in zip(gen(4), "abc"):
        yield a


def outer4():
    for x in outer2(5):
        yield x


def squares(it):
    for x in it:
        yield x * x


def main():
    print(list(outer()))
    for x in outer():
        print(x)
        break
    print("end 1")
    for x in outer2(3):
        print(x)
        if x:
            break
    print("end 2")
    for x in outer3():
        print(x)
        break
    print("end 3")
    print(list(outer3()))
    print("end 4")
    print(next(outer2(6)))
    print("end 5")
    print(20 in outer4())
    print("end 6")
    for a, b in zip(map(str, gen(8)), "ab"):
        print(a, b)
    print("end 8")


main()
