# str.translate({}) in translated code: an empty table keeps every character (the empty dict's
# type has no key type, and the generated C++ did not compile).
import sys


def main():
    s = 'h\xe9llo' if len(sys.argv) < 5 else 'x'
    table = {}
    print(s.translate(table), s.translate({}) == s, s.translate({ord('l'): None}))


main()
