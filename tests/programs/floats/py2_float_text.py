# python2
# float() of a str reads Python 2.7's syntax only (no hexadecimal, no nan(chars)), with its messages.


def main(argv):
    for t in ["0x10", "nan(12)", "infinity", "-Infinity", "1e5", " 2.5 ", "1.", ".5", "e5", "1e", "0x1p3", "inFINITY",
              "nan ", "+nan", "1.5e+3", "INF", "infinit", "0X1P-2", "- 1", "1.5e+3 x"]:
        try:
            print repr(t), float(t + argv[0][:0])
        except ValueError as e:
            print repr(t), "ValueError", e


def entry_point(argv):
    main(argv)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
