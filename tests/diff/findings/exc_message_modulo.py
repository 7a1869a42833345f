# finding: str() of the ZeroDivisionError of an int `%` by zero is Python 2's message
# ("integer division or modulo by zero") in a Python 3 script, where it is "integer modulo by
# zero" (Python 3.11); `//` gives "integer division or modulo by zero" in both.
# kind: wrong output (exception message)
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
    return 0


if __name__ == '__main__':
    sys.exit(main())
