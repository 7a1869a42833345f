# finding: underscores in numbers read by int() and float() in a Python 3 script: rpy reads
# int('1__0') as 10 (Python 3: ValueError, one underscore between digits only), and raises
# ValueError for float('1_0.5') (Python 3: 10.5).
# kind: wrong output
import sys


def conv(s):
    try:
        return int(s)
    except ValueError:
        return -1


def fconv(s):
    try:
        return float(s)
    except ValueError:
        return -1.0


def main(argv):
    print(conv("1_000"), conv("10"), conv(" 7 "), conv("0x10"), conv("1__0"), conv("_1"))
    print(repr(fconv('1_0.5')), repr(fconv('2.5')))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
