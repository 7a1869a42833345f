# int(s, 0) reads the base from the literal's prefix (0x, 0o, 0b; no prefix: decimal, and a literal
# starting with 0 must be all zeros); a base outside 2..36 (but 0) is a ValueError.  The translated
# binary died of SIGFPE (a division by the base 0) and took bases 1 and 37; at import time the
# message lacked ", or 0".
import sys

CASES = ["12", "010", "0x1F", "0o17", "0b101", "08", "0", "00", " -0x10 ", "0x", "0_0", "1_0", "0x_1f", "+0b1", "z", "-"]


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


def main():
    t = sys.argv[0][:0]
    for c in CASES:
        for base in [0, 1, 16, 36, 37, -1]:
            try:
                r = int(c + t, base)
                print(repr(c), base, r)
            except ValueError as e:
                print(repr(c), base, "ValueError", e)
    print(table(t) == AT_IMPORT)


main()
