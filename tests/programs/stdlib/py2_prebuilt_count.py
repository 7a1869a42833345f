# python2
# An itertools.count made at import time (a class attribute) used by translated code: it goes on
# from where import-time code left it (refused before: "a prebuilt count object").
import sys
import itertools

_serial = itertools.count(7)
FIRST = _serial.next()


class Obj(object):
    _ids = itertools.count()

    def __init__(self):
        self.id = next(Obj._ids)


def entry_point(argv):
    objs = [Obj() for _ in range(3)]
    print [o.id for o in objs], FIRST, next(_serial), _serial.next()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
