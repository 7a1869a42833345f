# check-stderr
import sys


def parse(s):
    return int(s)


if __name__ == '__main__':
    print(parse("10"))
    print(parse("ten"))
