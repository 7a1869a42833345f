# committed: python3 prints the unbounded result; a translated script's int is 64-bit, and a number that is an int or a float at run time computes its int side as an int, so the overflow stops it (RPYTHON.md 5)
# check-traceback
import sys


def scale(n):
    if n > 100:
        return 0.5
    return n * 1000000000


def main():
    z = scale(len(sys.argv) * 3)
    w = z * z
    print(w, -w, abs(-w), w // -1, divmod(w, 7))
    print(w * z)


main()
