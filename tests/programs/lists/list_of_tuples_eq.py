# == and in on lists of tuples holding strings do not compile (C++: no matching
# eq() for std::tuple<char, long, char>).
import sys


def main():
    a = [('x', 1, 'y')]
    b = [('x', 1, 'y')]
    print(a == b, ('x', 1, 'y') in a, a != b)
    return 0


if __name__ == '__main__':
    sys.exit(main())
