from __future__ import print_function
import os, sys


def entry_point(argv):
    print("PATH" in os.environ, "RPY_SURELY_UNSET_VARIABLE" in os.environ)
    print(os.environ.get("RPY_SURELY_UNSET_VARIABLE", "default"))
    cwd = os.getcwd()
    print(os.path.basename(cwd))
    print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.split("/p/q.txt"))
    print(os.path.splitext("archive.tar.gz"), os.path.abspath("/x/../y"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
