# enumerate() of a file builds its list at once in rpy: refused, since a loop that stops early
# and reads on would see every line consumed.
import sys


def main():
    for i, line in enumerate(sys.stdin):
        if i == 2:
            break
    print(sys.stdin.read())


main()
