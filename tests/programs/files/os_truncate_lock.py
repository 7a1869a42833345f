# args: {tmp}
# os.ftruncate / os.fsync / os.lockf (and the F_* commands) in translated Python 3 code and at
# import time: a locked append rolled back with ftruncate; OSError/ValueError as Python raises them.
import errno
import os
import sys

F_CODES = (os.F_ULOCK, os.F_LOCK, os.F_TLOCK, os.F_TEST)


def append_locked(path, data, keep):
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.lockf(fd, os.F_LOCK, 0)
        size = os.lseek(fd, 0, os.SEEK_END)
        os.write(fd, data)
        if not keep:
            os.ftruncate(fd, size)
        os.fsync(fd)
        os.lockf(fd, os.F_ULOCK, 0)
        return os.lseek(fd, 0, os.SEEK_END)
    finally:
        os.close(fd)


def errors(path):
    fd = os.open(path, os.O_RDONLY)
    os.close(fd)
    out = []
    for which in range(5):
        try:
            if which == 0:
                os.lockf(-1, os.F_LOCK, 0)
            elif which == 1:
                os.ftruncate(-1, 0)
            elif which == 2:
                os.fsync(-1)
            elif which == 3:
                os.fsync(fd)
            else:
                os.ftruncate(fd, 0)
        except OSError as e:
            out.append("OSError %s" % (e.errno == errno.EBADF))
        except ValueError as e:
            out.append("ValueError %s" % e)
    return out


def main(tmp):
    path = os.path.join(tmp, "log.txt")
    print(append_locked(path, b"first\n", True))
    print(append_locked(path, b"second\n", False))
    print(append_locked(path, b"third\n", True))
    fd = os.open(path, os.O_RDWR)
    os.lockf(fd, os.F_TLOCK, 0)
    os.lockf(fd, os.F_TEST, 0)
    os.lockf(fd, os.F_ULOCK, 0)
    os.ftruncate(fd, 4)
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 100))
    os.close(fd)
    print(F_CODES)
    for line in errors(path):
        print(line)
    os.unlink(path)


AT_IMPORT = append_locked(os.path.join(sys.argv[1], "import.txt"), b"at import\n", False)

if __name__ == "__main__":
    print("import time", AT_IMPORT)
    os.unlink(os.path.join(sys.argv[1], "import.txt"))
    main(sys.argv[1])
