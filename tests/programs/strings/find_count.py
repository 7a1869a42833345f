from __future__ import print_function
import os, sys


def entry_point(argv):
    s = "the cat sat on the mat"
    print(s.find("at"), s.find("the"), s.find("dog"), s.find(""), s.find("t", 5), s.find("t", 5, 10))
    print(s.rfind("at"), s.rfind("the"), s.rfind("dog"), s.rfind("t", 0, 10), s.rfind(""))
    print(s.count("at"), s.count("t"), s.count("x"), s.count("the"), "aaaa".count("aa"))
    print(s.count("a", 10), "".count("a"))
    pos = 0
    hits = []
    while True:
        pos = s.find("a", pos)
        if pos < 0:
            break
        hits.append(pos)
        pos += 1
    print(hits)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
