import sys


class Amount:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class Rounded(Amount):
    def __eq__(self, other):
        return abs(self.v - other.v) < 5


def main():
    print(Amount(10) == Rounded(12))
    return 0


if __name__ == "__main__":
    sys.exit(main())
