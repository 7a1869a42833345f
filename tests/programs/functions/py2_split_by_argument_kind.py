# python2
# An RPython program whose helper is called with an int and a str (RPython refuses: one type per
# argument across all call sites; Python 2.7 runs it): rpy gives the helper a graph per kind.
import os, sys


class W_Root(object):
    def str_w(self):
        return "?"


class W_Int(W_Root):
    def __init__(self, v):
        self.v = v

    def str_w(self):
        return str(self.v)


def show(value):
    print value


def wrap(x):
    if isinstance(x, W_Root):
        return x
    return W_Int(x)


def emit(out, x):
    out.append("%s" % (x,))
    return len(out)


def entry_point(argv):
    show(len(argv))
    show(argv[0].split("/")[-1] == "" )
    show("name")
    show(W_Int(3).str_w())
    print wrap(5).str_w(), wrap(W_Int(6)).str_w()
    out = []
    emit(out, 1)
    emit(out, "two")
    emit(out, 3.5)
    print out
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(["prog"]))
