from __future__ import print_function
import os, sys


def count_vowels(s):
    n = 0
    for c in s:
        if c in "aeiou":
            n += 1
    return n


def entry_point(argv):
    s = "programming language"
    print(count_vowels(s))
    out = []
    for c in "abc":
        out.append(c.upper())
    print(out)
    for c in "":
        print("never")
    rev = ""
    for c in s:
        rev = c + rev
    print(rev)
    codes = 0
    for i in range(len(s)):
        codes += ord(s[i])
    print(codes)
    print(list("xyz"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
