# python2
# args: {tmp}
import os, sys


def entry_point(argv):
    path = argv[1] + "/out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
    n = os.write(fd, "0123456789abcdef")
    os.close(fd)
    print n
    fd = os.open(path, os.O_RDONLY, 0)
    print os.fstat(fd).st_size
    print os.read(fd, 4)
    os.lseek(fd, 10, 0)
    print os.read(fd, 100)
    print repr(os.read(fd, 100))
    os.lseek(fd, -3, 2)
    print os.read(fd, 2)
    os.close(fd)
    print os.stat(path).st_size, os.path.exists(path)
    os.unlink(path)
    print os.path.exists(path)
    try:
        os.open(path, os.O_RDONLY, 0)
    except OSError, e:
        print "errno", e.errno
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
