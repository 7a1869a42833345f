# check-traceback
# An UnboundLocalError nobody catches: the program stops with Python's traceback and message.
import sys


def total(values):
    for v in values:
        t = v
    return t + 1


def main():
    print(total([1, 2]))
    rest = [len(a) for a in sys.argv[1:]]
    print(total(rest))


main()
