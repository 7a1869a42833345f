# args: racecar hello Level abba x
from __future__ import print_function
import os, sys


def is_palindrome(s):
    s = s.lower()
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def entry_point(argv):
    for w in argv[1:]:
        print(w, is_palindrome(w), w[::-1] == w)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
