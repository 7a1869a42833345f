# python2
# args: {tmp}
# Python 2: iter() and next() of a file object (rpy refused them): next(f) reads the next line
# (StopIteration at the end, or next's default), and a for loop after next() goes on from there.
import os
import sys


def entry_point(argv):
    path = os.path.join(argv[1], "lines.txt")
    f = open(path, "w")
    f.write("first line\nsecond\n\nfourth\nlast")
    f.close()
    f = open(path)
    it = iter(f)
    print it is f, repr(next(it)), repr(next(f))
    for line in it:
        print len(line), repr(line)
        break
    for line in f:
        print repr(line)
    try:
        next(f)
    except StopIteration:
        print "StopIteration"
    print repr(next(f, "done"))
    f.close()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
