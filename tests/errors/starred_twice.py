import sys


def main():
    a, *b, *c = [1, 2, 3]
    print(a, b, c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
