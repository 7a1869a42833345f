# python2
# args: {tmp}
# rpython.rlib.rposix.lockf/ftruncate/fsync (and os.ftruncate/os.fsync, the streamio truncate
# that uses it): a history-file writer locks, appends, rolls back with ftruncate; each call an
# OSError with its errno on failure.
import errno
import os
from rpython.rlib import rposix
from rpython.rlib.streamio import open_file_as_stream


def append_locked(path, data, fail):
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0600)
    try:
        rposix.lockf(fd, rposix.F_LOCK, 0)
        size = os.lseek(fd, 0, os.SEEK_END)
        os.write(fd, data)
        if fail:
            rposix.ftruncate(fd, size)  # roll the append back
        rposix.fsync(fd)
        rposix.lockf(fd, rposix.F_ULOCK, 0)
        return os.lseek(fd, 0, os.SEEK_END)
    finally:
        os.close(fd)


def entry_point(argv):
    path = os.path.join(argv[1], "history.txt")
    print append_locked(path, "first\n", False)
    print append_locked(path, "second\n", True)
    print append_locked(path, "third\n", False)
    fd = os.open(path, os.O_RDWR, 0)
    rposix.lockf(fd, rposix.F_TLOCK, 0)
    rposix.lockf(fd, rposix.F_TEST, 0)  # our own lock: no conflict
    rposix.lockf(fd, rposix.F_ULOCK, 0)
    os.ftruncate(fd, 3)
    os.fsync(fd)
    print os.lseek(fd, 0, os.SEEK_END), repr(os.read(fd, 10))
    os.lseek(fd, 0, os.SEEK_SET)
    print repr(os.read(fd, 10))
    os.close(fd)
    s = open_file_as_stream(path, "r+")
    s.truncate(1)
    s.close()
    s = open_file_as_stream(path, "r")
    print repr(s.readall())
    s.close()
    print rposix.F_ULOCK, rposix.F_LOCK, rposix.F_TLOCK, rposix.F_TEST
    for which in range(4):
        try:
            if which == 0:
                rposix.lockf(-1, rposix.F_LOCK, 0)
            elif which == 1:
                rposix.ftruncate(-1, 0)
            elif which == 2:
                rposix.fsync(-1)
            else:
                os.ftruncate(fd, 0)  # closed
        except OSError as e:
            print "OSError", e.errno == errno.EBADF
        except ValueError as e:  # fsync takes any object with a file descriptor
            print "ValueError", e
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        os.ftruncate(fd, 0)
    except OSError as e:
        print "read-only", e.errno in (errno.EINVAL, errno.EBADF)
    os.close(fd)
    os.unlink(path)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
