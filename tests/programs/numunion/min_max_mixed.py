# max(3, 2.5) is the int 3 and max(2, 2.5) the float 2.5: the result is whichever argument wins,
# with its own kind (once refused by rpy, which would have printed 3.0).
import sys


def main():
    a = len(sys.argv) + 2
    print(max(a, 2.5), min(a, True), max(a - 3, 2.5), min(a - 3, True), max(a, 2.5, True, 3.0), min([a, 0.5, False]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
