from __future__ import print_function
import os, sys


def entry_point(argv):
    try:
        fd = os.open("/nonexistent/dir/file.txt", os.O_RDONLY, 0)
        os.close(fd)
        print("opened?")
    except OSError as e:
        print("OSError errno", e.errno, e.errno == 2)
    try:
        f = open("no_such_file_here.txt")
        f.close()
    except IOError as e:
        print("IOError errno", e.errno)
    print(os.strerror(2))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
