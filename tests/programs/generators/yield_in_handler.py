# A yield inside an except clause or a finally clause of a generator.
import sys


def gen(n):
    try:
        if n > 0:
            raise ValueError('v')
        yield 1
    except ValueError:
        yield 2
    finally:
        yield 3


def main():
    print(list(gen(0)), list(gen(1)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
