# a method with *args that a subclass overrides, called with different numbers of
# extra arguments: the C++ virtual method has no parameter for the star tuple (and one
# specialisation per arity is made), so the generated C++ does not compile.
import sys


class A(object):
    def m(self, a, *rest):
        return a + len(rest)


class B(A):
    def m(self, a, *rest):
        return a * 10 + len(rest)


def main():
    items = [A(), B()]
    total = 0
    for x in items:
        total += x.m(1, "p")
        total += x.m(2, "p", "q", "r")
    print(total)
    return 0


if __name__ == '__main__':
    sys.exit(main())
