# python2
# stdin-file: lines.txt
# raw_input() and `for line in sys.stdin` in an RPython program; EOFError at the end.
import sys


def entry_point(argv):
    first = raw_input()
    print "first:", first
    second = raw_input("> ")
    print "second:", repr(second)
    n = 0
    for line in sys.stdin:
        n += 1
        print n, line,
    print
    try:
        raw_input("again? ")
    except EOFError:
        print "EOF"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
