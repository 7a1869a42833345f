# max(3, 2.5) is the int 3 and max(2, 2.5) the float 2.5: the result's type depends on which
# argument wins, so rpy refuses the mix rather than print 3.0.
import sys


def main():
    a = len(sys.argv) + 2
    print(max(a, 2.5), min(a, True))
    return 0


if __name__ == '__main__':
    sys.exit(main())
