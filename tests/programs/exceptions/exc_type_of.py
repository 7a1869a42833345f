# type(e) of a caught exception, also of the builtin exceptions the runtime raises itself: its
# __name__, and comparisons with classes.
import sys


class MyError(Exception):
    pass


class Sub(MyError):
    pass


def fail(i):
    if i == 0:
        raise MyError()
    if i == 1:
        raise ZeroDivisionError('z')
    if i == 2:
        raise Sub()
    if i == 3:
        return [1][i]
    return 7 // (i - 4)


def main():
    for i in range(5):
        try:
            fail(i)
        except Exception as e:
            t = type(e)
            print(t.__name__, type(e).__name__, e.__class__.__name__, t is MyError, t is ZeroDivisionError, t is Sub, t is Exception)
    try:
        fail(3)
    except IndexError as e:
        print(type(e).__name__, type(e) is IndexError)
    return 0


if __name__ == '__main__':
    sys.exit(main())
