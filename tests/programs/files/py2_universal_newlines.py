# python2
# Python 2: mode 'r' keeps "\r\n" and "\r" (POSIX); 'U' and 'rU' read them as "\n" (universal
# newlines), also where a "\r\n" is split by the end of rpy's 64 KiB read buffer.
import os
import sys

PATH = "/tmp/rpy_py2_universal_newlines_%d.txt" % os.getpid()


def show(tag, text):
    print tag, len(text), text.count("\n"), "\r" in text, repr(text[:30]), repr(text[-30:])


def reads(data):
    w = open(PATH, "wb")
    w.write(data)
    w.close()
    f = open(PATH, "r")
    show("r", f.read())
    f.close()
    f = open(PATH, "U")
    show("U", f.read())
    f.close()
    f = open(PATH, "rU")
    lines = f.readlines()
    f.close()
    print "rU lines", len(lines), [len(x) for x in lines[:5]]
    f = open(PATH, "rU")
    n = 0
    for line in f:
        n += 1
        if "\r" in line:
            print "odd", repr(line)
    f.close()
    print "rU iterated", n
    f = open(PATH, "r")
    n = 0
    for line in f:
        n += 1
    f.close()
    print "r iterated", n


def entry_point(argv):
    reads("a\r\nb\rc\nd\r\n\re\r")
    reads("x" * 65535 + "\r\n" + "tail\r\n" * 3 + "end")
    reads("x" * 65536 + "\r\n" + "tail\r" * 3)
    os.remove(PATH)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
