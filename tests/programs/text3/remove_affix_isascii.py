# str.removeprefix / removesuffix (Python 3.9) and str.isascii (3.7): an empty affix removes
# nothing, a non-matching one returns the string itself; non-ASCII text is not ASCII.
import sys


def main():
    words = ['test_alpha.py', 'alpha_test.py', 'test_', '.py', '', 'tést_ñ.py', 'README']
    if len(sys.argv) > 1:
        words = sys.argv[1:]
    for w in words:
        print(repr(w.removeprefix('test_')), repr(w.removesuffix('.py')), repr(w.removeprefix('')),
              repr(w.removesuffix('')), w.isascii(), w.removeprefix(w) == '', w.removesuffix('x' + w) == w)
    name = 'tést_ñ.py'.removeprefix('té').removesuffix('.py')
    print(name, len(name), name.isascii(), ''.isascii(), '\x7f'.isascii(), '\x80'.isascii())


main()
