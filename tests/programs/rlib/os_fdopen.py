# python2
# args: {tmp}
# os.fdopen(fd, mode) gives a file object over an open descriptor: writes through it reach the
# descriptor when flushed; a read-mode one reads what is there; a closed descriptor is OSError.
import os, sys


def entry_point(argv):
    path = os.path.join(argv[1], "data.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
    f = os.fdopen(fd, "w")
    f.write("first line\n")
    f.write("second line\n")
    f.close()
    g = os.fdopen(os.open(path, os.O_RDONLY, 0), "r")
    print g.readline().strip()
    print g.read()
    g.close()
    sys.stdout.flush()
    out = os.fdopen(1, "w", 0)
    out.write("through fd 1\n")
    out.flush()
    try:
        os.fdopen(987, "r")
    except OSError as e:
        print "OSError", e.errno
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
