# A call of a function that returns nothing, used as a value, still runs (`other() is None`,
# `sys.exit(main())`).
import sys


def other():
    print('other runs')


def main():
    print('main runs')


if __name__ == '__main__':
    print(other() is None)
    sys.exit(main())
