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
