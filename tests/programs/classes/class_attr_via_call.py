# Reading a class attribute through an expression (`C(1).kind`, `make(2).kind`) evaluates the
# expression: the constructor and the call run.
import sys


class C(object):
    kind = 7

    def __init__(self, n):
        print('init', n)
        self.n = n


def make(n):
    print('make', n)
    return C(n)


def main():
    print(C(1).kind)
    print(make(2).kind)
    return 0


if __name__ == '__main__':
    sys.exit(main())
