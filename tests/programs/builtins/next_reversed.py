# reversed() returns an iterator, in both Pythons: next(reversed(lst), d) takes it.
import sys


def main():
    lst = [3, 1, 2]
    print(next(iter(lst), 0), next(reversed(lst), 0), next(iter([7]), 0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
