# python2
# A script without target() that uses a print statement is a Python 2 program: `/` floors.
import sys

if __name__ == '__main__':
    n = len(sys.argv) + 6
    print n / 2, 2.0 / 3
    print(n, "x")
