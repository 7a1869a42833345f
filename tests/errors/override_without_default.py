# A call through the base type leaves x to its default, but B's override has none.
import sys


class A(object):
    def m(self, x=1):
        return x


class B(A):
    def m(self, x):
        return x * 2


def main():
    for o in [A(), B()]:
        print(o.m())
    return 0


if __name__ == '__main__':
    sys.exit(main())
