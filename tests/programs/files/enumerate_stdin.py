# stdin-file: enumerate_stdin.txt
# enumerate() of a file reads its lines as the loop goes (it was refused, since rpy built its list
# at once): a loop that stops early leaves the rest for read().
import sys


def main():
    for i, line in enumerate(sys.stdin):
        if i == 2:
            break
    print(sys.stdin.read())


main()
