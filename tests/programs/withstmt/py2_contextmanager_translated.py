# python2
# contextlib.contextmanager in translated Python 2 code: the with block's exception thrown into
# the generator at its yield (refused before: generators have no throw()).
import sys
from contextlib import contextmanager


class Stop(Exception):
    pass


@contextmanager
def tag(name, out):
    out.append("<" + name + ">")
    try:
        yield len(out)
    except Stop:
        out.append("stopped")
    finally:
        out.append("</" + name + ">")


def render(n):
    out = []
    with tag("a", out) as depth:
        out.append("depth %d" % depth)
        with tag("b", out):
            if n > 1:
                raise Stop()
            out.append("text")
    return "".join(out)


def entry_point(argv):
    print render(1)
    print render(2)
    try:
        with tag("c", []):
            raise ValueError("bad")
    except ValueError as e:
        print "escaped", e
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
