# stdin-file: lines.txt
# A Python 3 script reading its input: sys.stdin.readline(), then `for line in sys.stdin`
# (stopped by a break, the rest still there for sys.stdin.read()), input() and its EOFError.
import sys


def main():
    header = sys.stdin.readline()
    print("header:", repr(header))
    total = 0
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            print("blank line, stop")
            break
        total += int(parts[1])
        print(parts[0], int(parts[1]))
    print("total", total)
    nxt = input("prompt> ")
    print("input:", repr(nxt))
    tail = input()
    print("tail:", repr(tail))
    try:
        input("more? ")
    except EOFError as e:
        print("EOFError:", e)
    print(repr(sys.stdin.read()), sys.stdin.readlines())
    words = [w for line in sys.stdin for w in line.split()]
    print(words)


main()
