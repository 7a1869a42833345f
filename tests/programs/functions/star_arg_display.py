# a call f(*(a, b)) whose star argument is a tuple display is refused ("f(*args) needs
# a variable or a name as its tuple"); RPython's flow space accepts any tuple there.
import sys


def f(a, *rest):
    return a + len(rest)


def g(a, b):
    return a - b


def main():
    print(f(*(1, 2)), f(5, *(6, 7, 8)), g(*(10, 3)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
