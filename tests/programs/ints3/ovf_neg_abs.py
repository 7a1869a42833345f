# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
import sys


def main():
    m = -(2**62) - 2**62
    print(m, -(m + 1), abs(m + 1))
    values = [m + len(sys.argv), m]
    for v in values:
        print(abs(v))


main()
