# python2
# Python 2 file.readline(size) returns at most size bytes (rpy ignored size); files are bytes, so
# a UTF-8 character may be cut.
import os


def entry_point(argv):
    path = "/tmp/rpy_py2_readline_limit_%d.txt" % os.getpid()
    f = open(path, "w")
    f.write("h\xc3\xa9llo\nsecond line\r\nthird\n")
    f.close()
    f = open(path, "r")
    print repr(f.readline(2)), repr(f.readline(3)), repr(f.readline(100))
    print repr(f.readline(6)), repr(f.readline(-1)), repr(f.readline(0))
    print repr(f.read(2)), repr(f.readline())
    f.close()
    f = open(path, "rU")
    print repr(f.readline(20)), repr(f.readline(11)), repr(f.readline(1))
    f.close()
    os.remove(path)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
