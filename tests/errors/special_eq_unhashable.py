import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


def main():
    seen = set()
    seen.add(Point(1, 2))
    print(len(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
