# A class hashing its fields with hash(): equal instances are one dict key.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash(self.x) ^ hash(self.y) * 7


def main():
    seen = {}
    for p in [Point(1, 2), Point(1, 2)]:
        seen[p] = seen.get(p, 0) + 1
    print(len(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
