# stdin-file: lines.txt
# list(sys.stdin), a loop over sys.stdin stopped early, and sys.stdin kept in a variable (Python 3).
import sys


def read_all(f):
    return [line.rstrip("\n") for line in f]


def main():
    src = sys.stdin
    first = src.readline()
    print(repr(first))
    i = 0
    for line in sys.stdin:
        print(i, repr(line))
        if i == 1:
            break
        i += 1
    print(read_all(src))
    print(list(sys.stdin))


main()
