# python2
# rpython.rlib.signature: declared argument and result types. An int passed where a float is
# declared becomes a float (the argument has the declared type), a list argument gets the
# declared item type.
from rpython.rlib.signature import signature, finishsigs
from rpython.rlib import types
from rpython.annotator.model import SomeInteger, s_None


@signature(types.float(), types.float(), returns=types.float())
def mean(a, b):
    return (a + b) / 2


@signature(types.list(types.str()), types.char(), returns=types.str())
def joined(items, sep):
    return sep.join(items)


@signature(types.str(can_be_None=True), returns=types.int())
def length(s):
    if s is None:
        return -1
    return len(s)


@finishsigs
class Box(object):
    def __init__(self, v):
        self.v = v

    @signature(types.self(), types.int(), returns=types.instance(Box) if False else types.any())
    def add(self, n):
        self.v += n
        return self


@signature(types.dict(types.str(), types.int()), types.str(), returns=types.none())
def bump(d, k):
    d[k] = d.get(k, 0) + 1


def entry_point(argv):
    print mean(1.0, 2.0), mean(0.5, float(len(argv)))
    print joined(["a", "b", "c"], '-'), length(None), length("four")
    b = Box(3)
    print b.add(4).v
    d = {}
    bump(d, "x")
    bump(d, "x")
    print d["x"], isinstance(SomeInteger(), SomeInteger) if False else 0
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
