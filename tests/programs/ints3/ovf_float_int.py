# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
import math


def main(x):
    print(int(x), int(-x * 1.0), round(x), math.trunc(x))
    print(int(x * 2))


main(9.2e18)
