# stderr-ok
# A dropped generator whose finally raises, or that ignores GeneratorExit: CPython reports "Exception
# ignored in" on stderr and goes on; stdout and the exit status are the same.
def bad():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("in finally")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")


def main():
    for v in bad():
        break
    print("after bad")
    for v in stubborn():
        break
    print("after stubborn")


main()
