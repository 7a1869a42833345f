# some method families with overrides at several levels do not compile: the C++ class
# declares and defines the method twice ("cannot be overloaded"). Both shapes below fail alone:
# A.m inherited unchanged by B(A) and overridden in C(B); P.m overridden in Q(P) and in R(Q),
# with S(Q) inheriting Q's; each time with direct calls on instances of the upper classes.
import sys


class A(object):
    def m(self):
        return 1


class B(A):
    pass


class C(B):
    def m(self):
        return 2


class P(object):
    def m(self):
        return 10


class Q(P):
    def m(self):
        return 20


class R(Q):
    def m(self):
        return 30


class S(Q):
    pass


def main():
    print(B().m(), C().m(), A().m())
    print(P().m(), Q().m(), R().m(), S().m())
    return 0


if __name__ == '__main__':
    sys.exit(main())
