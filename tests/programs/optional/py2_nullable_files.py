# python2
# check-stderr
# Python 2: a file that may be None: each method looked up on None raises AttributeError with
# Python 2's message, iterating it raises TypeError, and `with` of a context manager that may be
# None raises AttributeError: __exit__ (Python 2 looks __exit__ up first). rpy's binary used to
# raise an uncaught TypeError "file".
import os
import sys

PATH = "/tmp/rpy_py2_nullable_files_%d.txt" % os.getpid()


def opened(flag, write):
    f = None
    if flag:
        if write:
            f = open(PATH, "w")
        else:
            f = open(PATH, "r")
    return f


def arg(tag):
    print "arg", tag
    return tag


class Manager(object):
    def __enter__(self):
        print "enter"
        return self

    def __exit__(self, a, b, c):
        print "exit"
        return False


def manager(flag):
    m = None
    if flag:
        m = Manager()
    return m


def calls(flag):
    w = opened(flag, True)
    try:
        w.write(arg("written\n"))
        w.close()
        print "write ok"
    except AttributeError, e:
        print "AttributeError:", e
    f = opened(flag, False)
    try:
        print repr(f.read(len(arg("12"))))
        print repr(f.readline())
        print f.readlines()
        f.seek(0)
        print f.tell()
        f.close()
        print "read ok"
    except AttributeError, e:
        print "AttributeError:", e
    g = opened(flag, False)
    try:
        for line in g:
            print repr(line)
    except TypeError, e:
        print "TypeError:", e
    try:
        with opened(flag, False) as h:
            print "with", repr(h.read())
    except AttributeError, e:
        print "AttributeError:", e
    try:
        with manager(flag):
            print "body"
    except AttributeError, e:
        print "AttributeError:", e


def entry_point(argv):
    calls(len(argv) > 5)
    calls(True)
    calls(False)
    os.remove(PATH)
    w = opened(len(argv) > 5, True)
    w.write("never")  # uncaught: the traceback's last line, and status 1
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
