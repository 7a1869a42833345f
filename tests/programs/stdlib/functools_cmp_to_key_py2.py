# python2
# functools.cmp_to_key as the key= of sorted() and list.sort() in Python 2.7 (refused before).
import sys
from functools import cmp_to_key


def by_len(a, b):
    return len(a) - len(b)


def entry_point(argv):
    words = ["ccc", "a", "bb", "b", "dd", "e"]
    print sorted(words, key=cmp_to_key(by_len))
    print sorted(words, key=cmp_to_key(by_len), reverse=True)
    words.sort(key=cmp_to_key(lambda x, y: cmp(y, x)))
    print words
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
