# python2
import os, sys


def entry_point(argv):
    s = "hello world"
    print s[1:3], s[-1], s[::-1], len(s)
    print "con" "cat", "a" + "b" * 2
    print s.upper(), s.split(), s.replace("o", "0")
    print "x" in s, "o w" in s, s.find("wor"), s.count("l")
    print str(42) + str(-1), int("17") * 2
    words = s.split(" ")
    print "-".join(words), ",".join([w.upper() for w in words])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
