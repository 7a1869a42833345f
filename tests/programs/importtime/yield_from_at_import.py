# Module-level code runs generators that delegate with `yield from` (tables built at import time).
import sys


def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree


TABLE = list(walk([1, [2, [3, 4]], [], 5]))
FIRST, *OTHERS = TABLE


def main():
    print(TABLE, FIRST, OTHERS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
