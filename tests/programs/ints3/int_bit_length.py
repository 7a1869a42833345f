# int.bit_length() and int.bit_count() (Python 3.10) in translated code and at import time: of the absolute
# value, exact at the 64-bit limits.
import sys
TABLE = [n.bit_length() for n in range(9)]


def main(argv):
    print(TABLE)
    vals = [0, 1, -1, 255, 256, -256, 2 ** 62, -(2 ** 62), 9223372036854775807, -9223372036854775807 - 1, len(argv) * 12345]
    for v in vals:
        print(v, v.bit_length(), v.bit_count())
    k = 1000
    print((k * 3).bit_length(), (-k).bit_count(), int("77").bit_length())
    return 0


main(sys.argv)
