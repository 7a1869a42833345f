# python2
import os, sys


def entry_point(argv):
    s = "\x00\x7f\x80\xff"
    print len(s), repr(s), [ord(c) for c in s]
    e = "caf\xc3\xa9"
    print len(e), repr(e), e
    print ord(chr(255)), chr(200) == "\xc8", repr(chr(128) + chr(10))
    t = ""
    for i in range(250, 256):
        t += chr(i)
    print repr(t), len(t), t[-1] == "\xff"
    print repr("%s|%r" % ("\xe9", "\xe9"))
    os.write(1, e + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
