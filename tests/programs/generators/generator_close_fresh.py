# A fresh generator whose yield lies in try/finally, consumed by an expression that may leave it
# unfinished: CPython drops it as soon as that expression is done with it, which runs the finally
# before the statement goes on (`1 in gen(5)`, next(gen(3)), any(gen(4)), all(...)).
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", n)


def main():
    print(1 in gen(5))
    print(7 not in gen(2))
    print(next(gen(3)))
    print(next(gen(0), -1))
    print(next(gen(4), -1))
    print(any(gen(4)))
    print(all(gen(3)))
    print(any(x > 0 for x in gen(4)))
    print(list(gen(2)), sum(gen(3)))
    for x in gen(6):
        if x == 1:
            break
    print("end main")


main()
