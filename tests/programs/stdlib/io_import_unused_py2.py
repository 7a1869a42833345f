# python2
# An RPython program importing io and using only its SEEK_* constants (the same numbers in
# Python 2.7 and 3): the import was refused; io's functions stay refused in Python 2 programs.
import io
import os
import sys

WHENCE = [io.SEEK_SET, io.SEEK_CUR, io.SEEK_END]


def main(argv):
    fd = os.open(argv[0], os.O_RDONLY, 0)
    size = os.lseek(fd, 0, WHENCE[2])
    start = os.lseek(fd, 0, WHENCE[0])
    os.close(fd)
    print "whence:", WHENCE, "start:", start, "nonempty:", size > 0
    return 0


def target(*args):
    return main, None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
