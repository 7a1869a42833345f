# e.code of a SystemExit when the program exits with an int in one place and a message in another:
# one attribute has one type, so rpy refuses the read (the exits themselves are fine).
import sys


def main():
    try:
        if len(sys.argv) > 1:
            sys.exit("usage: prog")
        sys.exit(2)
    except SystemExit as e:
        print(e.code)


main()
