# python2
# args: {tmp}
# rpython.rlib.rposix: the POSIX calls an RPython program makes through it behave as the os ones
# (open/write/read/lseek/close/unlink/listdir/getcwd/getpid), OSError with its errno on failure.
import os
from rpython.rlib import rposix


def entry_point(argv):
    path = os.path.join(argv[1], "data.txt")
    fd = rposix.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
    print rposix.write(fd, "hello rposix\n")
    rposix.close(fd)
    fd = rposix.open(path, os.O_RDONLY, 0)
    print rposix.lseek(fd, 6, 0)
    print repr(rposix.read(fd, 100))
    rposix.close(fd)
    print rposix.listdir(argv[1])
    rposix.unlink(path)
    print rposix.listdir(argv[1])
    try:
        rposix.unlink(path)
    except OSError as e:
        print "OSError", e.errno
    print len(rposix.getcwd()) > 0, rposix.getpid() > 0
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
