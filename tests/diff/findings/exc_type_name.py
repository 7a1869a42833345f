# finding: type(e).__name__ of a caught builtin exception is None (this program), and does not
# compile at all (C++: "no member named rpy_cls_id") when the program defines no exception class.
# kind: wrong output / internal error
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
