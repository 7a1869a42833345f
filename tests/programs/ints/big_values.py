from __future__ import print_function
import os, sys

MAXI = 9223372036854775807
MINI = -9223372036854775807 - 1


def entry_point(argv):
    print(MAXI)
    print(MINI)
    print(MAXI - 1, MINI + 1)
    print(MAXI // 2, MINI // 2, MINI // 3, MAXI % 1000)
    print(MAXI > 0, MINI < 0, MAXI + MINI)
    print(str(MAXI), len(str(MINI)))
    print(int("9223372036854775807"), int("-9223372036854775808"))
    print(abs(MINI + 1))
    print(4611686018427387904 * 2 - 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
