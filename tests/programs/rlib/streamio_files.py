# args: {tmp}
from __future__ import print_function
import os, sys
from rpython.rlib.streamio import open_file_as_stream


def entry_point(argv):
    path = argv[1] + "/stream.txt"
    s = open_file_as_stream(path, "w")
    s.write("alpha\nbeta\n")
    s.write("gamma")
    s.close()
    s = open_file_as_stream(path, "r")
    print(repr(s.readline()))
    rest = s.readall()
    s.close()
    print(repr(rest))
    s = open_file_as_stream(path, "r")
    print(repr(s.read(3)))
    s.close()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
