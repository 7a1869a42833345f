# A subclass overriding __getitem__.
import sys


class Base(object):
    def __getitem__(self, i):
        return i + 1


class Sub(Base):
    def __getitem__(self, i):
        return i * 10


def main():
    for o in [Base(), Sub()]:
        print(o[4])
    return 0


if __name__ == '__main__':
    sys.exit(main())
