# finding: a call of a function that returns nothing, used as a value, is dropped: it never
# runs (`other() is None` prints nothing; `sys.exit(main())` runs no main at all).
# kind: wrong output (Python 3 script)
import sys


def other():
    print('other runs')


def main():
    print('main runs')


if __name__ == '__main__':
    print(other() is None)
    sys.exit(main())
