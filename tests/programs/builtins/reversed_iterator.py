# reversed() is an iterator: next() advances it, what is left can be listed, and every consumer
# of an iterable takes it (join, sorted, comprehensions, enumerate, zip, max, sum).
import sys


def main():
    lst = [3, 1, 2]
    r = reversed(lst)
    print(next(r), list(r))
    print(next(r, -1))
    print(''.join(reversed('abc')), sorted(reversed(lst)), [x * 2 for x in reversed(lst)])
    for i, x in enumerate(reversed((1, 2))):
        print(i, x)
    print(list(zip(reversed(lst), lst)), max(reversed(lst)), sum(reversed(lst)))
    print(list(reversed([])), ','.join(reversed(['a', 'bc'])))
    return 0


if __name__ == '__main__':
    sys.exit(main())
