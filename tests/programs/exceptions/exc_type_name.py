# type(e).__name__ of a caught exception, a builtin one too.
import sys


class MyError(Exception):
    pass


def main():
    for i in range(3):
        try:
            if i == 0:
                raise MyError()
            if i == 1:
                raise ZeroDivisionError('z')
            [1][i]
        except Exception as e:
            print(type(e).__name__)
    return 0


if __name__ == '__main__':
    sys.exit(main())
