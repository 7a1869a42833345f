# str.swapcase(), capitalize() and title() of Python 3 text that is not ASCII: the translated
# program stops with "rpy runtime: fatal error: ... not supported by rpy yet" (exit 70) where
# Python maps the letters.
import sys


def main():
    s = 'caf' + chr(233) + (' ' + sys.argv[0][:0]) + 'été'
    print(s.swapcase())
    print(s.capitalize())
    print(s.title())


main()
