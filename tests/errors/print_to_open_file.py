# print >>f prints to sys.stdout or sys.stderr only: a file opened by the program is written with
# its write method.
import sys


def main(argv):
    f = open(argv[0] + ".log", "w")
    print >>f, "log line", len(argv)
    f.close()
    return 0


def target(*args):
    return main, None
