# float() of a str reads Python's syntax only: no hexadecimal (0x10, 0x1p3), no nan(chars).
import sys


def main(argv):
    for t in ["0x10", "nan(12)", "infinity", "-Infinity", "1e5", " 2.5 ", "1.", ".5", "e5", "1e", "0x1p3", "inFINITY", "nan ", "+nan", "1_0", "1__0", "1.5e+3", "INF", "infinit", "0X1P-2", "- 1"]:
        try:
            print(repr(t), float(t + argv[0][:0]))
        except ValueError as e:
            print(repr(t), "ValueError", e)


main(sys.argv)
