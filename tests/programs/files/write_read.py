# args: {tmp}
from __future__ import print_function
import os, sys


def entry_point(argv):
    path = os.path.join(argv[1], "data.txt")
    f = open(path, "w")
    f.write("first line\n")
    f.write("second line\n")
    f.write("third")
    f.close()
    f = open(path, "r")
    data = f.read()
    f.close()
    print(len(data))
    print(data.splitlines())
    f = open(path)
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    f.close()
    with open(path) as g:
        print(g.read(5))
        print(g.tell())
        g.seek(0)
        print(g.read(3))
    with open(path, "a") as h:
        h.write("\nappended")
    with open(path) as g:
        print(g.read().split("\n")[-1])
    print(os.path.exists(path), os.path.exists(path + ".nope"))
    print(os.stat(path).st_size)
    os.unlink(path)
    print(os.path.exists(path))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
