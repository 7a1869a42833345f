from __future__ import print_function
import os, sys


def entry_point(argv):
    print(hex(255), hex(0), hex(-255), hex(4096), hex(9223372036854775807))
    print(bin(5), bin(0), bin(-5), bin(1023))
    print(0x1F, 0o17, 0b101, 0XAB)
    print(int(hex(1234), 16))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
