# list(s) of a str (a list of one-character strings) merged with a list of str
# does not compile (C++: cannot convert List<char>* to List<Str*>*); char is a subtype of str.
import sys


def main():
    words = ['ab', 'cd']
    if len(sys.argv) > 5:
        words = list('xyz')
    words = words + list('q')
    print(words)
    return 0


if __name__ == '__main__':
    sys.exit(main())
