# An RPython program (Python 2.7) whose nested functions and lambdas have defaults that are not
# constants: each is computed when the def runs and kept with that closure.
from __future__ import print_function


def make_scaler(factor):
    def scale(x, by=factor * 2, shift=len(str(factor))):
        return x * by + shift

    return scale


def handlers(names):
    result = []
    for i in range(len(names)):
        result.append(lambda v, i=i, tag=names[i]: tag + "=" + str(v + i))
    return result


def entry_point(argv):
    s = make_scaler(len(argv) + 9)
    t = make_scaler(3)
    print(s(1), s(1, 1), t(2), t(2, shift=0))
    hs = handlers(["a", "b", "c"])
    print([h(10) for h in hs])
    print(hs[2](0, 0), hs[0](5, tag="z"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys

    entry_point(sys.argv)
