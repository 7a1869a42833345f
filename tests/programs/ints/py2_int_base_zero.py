# python2
# int(s, 0) of Python 2 reads the base from the literal's prefix (0x, 0o, 0b) and a literal starting
# with 0 as octal (010 == 8); a base outside 2..36 (but 0) is a ValueError.  The translated binary
# died of SIGFPE (a division by the base 0) and took bases 1 and 37; at import time the
# message lacked ", or 0".
import sys

CASES = ["12", "010", "0x1F", "0o17", "0b101", "08", "0", "00", " -0x10 ", "0x", "0_0", "077", "+0b1", "z", "-"]


def table(t):
    out = []
    for c in CASES:
        for base in [0, 1, 16, 36, 37, -1]:
            try:
                out.append(str(int(c + t, base)))
            except ValueError as e:
                out.append(str(e))
    return out


AT_IMPORT = table("")


def entry_point(argv):
    t = argv[0][:0]
    for c in CASES:
        for base in [0, 1, 16, 36, 37, -1]:
            try:
                r = int(c + t, base)
                print repr(c), base, r
            except ValueError as e:
                print repr(c), base, 'ValueError', e
    print table(t) == AT_IMPORT
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
