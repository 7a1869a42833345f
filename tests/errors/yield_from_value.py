import sys


def inner():
    yield 1
    return 5


def outer():
    result = yield from inner()
    yield result


def main():
    print(list(outer()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
