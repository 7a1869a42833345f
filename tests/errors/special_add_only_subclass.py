import sys


class Num:
    def __init__(self, v):
        self.v = v


class Int(Num):
    def __add__(self, other):
        return Int(self.v + other.v)


def pick(i):
    if i:
        return Int(i)
    return Num(i)


def main():
    x = pick(len(sys.argv)) + Int(1)
    print(x.v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
