# A method call through the base type that leaves an argument to its default uses the default of
# the override it reaches (each override has its own), also through a bound method value, and
# when one override's default is None and another's a string.
import sys


class A(object):
    def m(self, x=1, y='a'):
        return x + len(y)

    def n(self, k=None):
        return -1 if k is None else len(k)


class B(A):
    def m(self, x=2, y='bb'):
        return x * 10 + len(y)

    def n(self, k='abc'):
        return 100 if k is None else len(k)


class C(A):
    def m(self, x=3, y='ccc'):
        return x * 100 + len(y)


class D(C):
    pass


def main():
    for o in [A(), B(), C(), D()]:
        f = o.m
        print(o.m(), o.m(5), o.m(y='q'), o.m(x=7), f(), o.n(), o.n('xy'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
