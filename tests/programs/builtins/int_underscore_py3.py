# int() and float() of strings with underscores in Python 3: one underscore between digits (or
# after a base prefix) is accepted, anything else raises ValueError.
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
    print(repr(fconv('1_0.5')), repr(fconv('2.5')), repr(fconv('1_000.000_1')), repr(fconv('1_e5')), repr(fconv('1._5')))
    for t in ['0x_10', '1_0', 'f_f', '0x__10', '-_1']:
        try:
            print(int(t, 16))
        except ValueError:
            print('ValueError', t)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
