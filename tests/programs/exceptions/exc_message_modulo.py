# str() of the ZeroDivisionError of an int `%` by zero in Python 3 is "integer modulo by zero";
# `//` and divmod() say "integer division or modulo by zero".
import sys


def main():
    for b in [0]:
        try:
            print(7 % b)
        except ZeroDivisionError as e:
            print(str(e))
        try:
            print(7 // b)
        except ZeroDivisionError as e:
            print(str(e))
        try:
            print(divmod(7, b))
        except ZeroDivisionError as e:
            print(str(e))
    return 0


if __name__ == '__main__':
    sys.exit(main())
