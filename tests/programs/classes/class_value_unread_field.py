# A class attribute ('ab', a str) that a subclass's instances overwrite with a character and that
# is never read: the field holds characters only, and the class value does not initialise it.
import sys


class A(object):
    ca = 'ab'

    def __init__(self, n):
        self.n = n


class B(A):
    def __init__(self, n):
        A.__init__(self, n)
        self.ca = 'xyz'[n]


def main():
    b = B(1)
    print(b.n, A(2).n)
    return 0


if __name__ == '__main__':
    sys.exit(main())
