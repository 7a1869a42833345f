# finding: in a Python 3 script, '\xe9' is the character U+00E9, printed as UTF-8 and shown by
# repr() as 'é'; rpy prints the single byte 0xE9 and repr() shows '\xe9'.
# kind: wrong output (Python 3 str is text)
import sys


def main():
    s = 'caf\xe9'
    print(len(s), repr(s), [s])
    print(s)
    return 0


if __name__ == '__main__':
    sys.exit(main())
