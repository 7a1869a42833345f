"""rpy's version of rpython.rlib.rposix: the POSIX calls RPython programs make through it.

RPython's rposix replaces the os functions with its own, which behave as the os ones do (an
OSError with the errno on failure). rpy provides those that translated code can make through
os: each calls the os function of the same name. The rest of rposix (external() and the rffi
based helpers, get_errno/set_errno, which read the errno an rffi call left) needs RPython's
low-level type system: importing one of those names is an ImportError naming it.
"""

import os


def open(path, flags, mode):
    return os.open(path, flags, mode)


def close(fd):
    os.close(fd)


def read(fd, count):
    return os.read(fd, count)


def write(fd, data):
    return os.write(fd, data)


def lseek(fd, pos, how):
    return os.lseek(fd, pos, how)


def unlink(path):
    os.unlink(path)


def getcwd():
    return os.getcwd()


def getpid():
    return os.getpid()


def listdir(path):
    return os.listdir(path)


def ftruncate(fd, length):
    os.ftruncate(fd, length)


def fsync(fd):
    os.fsync(fd)


# lockf(fd, cmd, length): POSIX record locks (the C lockf), an OSError on failure.  Python 3's os
# (and rpy's, in both dialects) has lockf; CPython 2.7's has not, so there it is made from
# fcntl's (the same fcntl record locks the C lockf takes).
if hasattr(os, 'lockf'):
    F_ULOCK = os.F_ULOCK
    F_LOCK = os.F_LOCK
    F_TLOCK = os.F_TLOCK
    F_TEST = os.F_TEST

    def lockf(fd, cmd, length):
        os.lockf(fd, cmd, length)
else:  # NOT_RPYTHON: CPython 2.7 running the program untranslated
    F_ULOCK, F_LOCK, F_TLOCK, F_TEST = 0, 1, 2, 3

    def lockf(fd, cmd, length):
        import errno, fcntl, struct
        if fd < 0:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        try:
            if cmd == F_ULOCK:
                fcntl.lockf(fd, fcntl.LOCK_UN, length, 0, 1)
            elif cmd == F_LOCK:
                fcntl.lockf(fd, fcntl.LOCK_EX, length, 0, 1)
            elif cmd == F_TLOCK:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, 0, 1)
            elif cmd == F_TEST:
                # struct flock: l_type, l_whence, l_start, l_len, l_pid (Linux, 64-bit)
                fl = struct.pack('hhxxxxqqixxxx', fcntl.F_WRLCK, 1, 0, length, 0)
                got = fcntl.fcntl(fd, fcntl.F_GETLK, fl)
                l_type, _, _, _, pid = struct.unpack('hhxxxxqqixxxx', got)
                if l_type != fcntl.F_UNLCK and pid != os.getpid():
                    raise OSError(errno.EACCES, os.strerror(errno.EACCES))
            else:
                raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        except IOError as e:
            raise OSError(e.errno, e.strerror)
