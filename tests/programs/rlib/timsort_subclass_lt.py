# python2
# make_timsort_class() with a subclass overriding lt (the usual way to sort objects in RPython):
# the base's default lt (`a < b`, meaningless on instances) is never reached, since only the
# subclass is instantiated, so it is not annotated (RPython types self by the actual receivers).
from rpython.rlib.listsort import make_timsort_class

TimSort = make_timsort_class()


class Item(object):
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio


class ByPrio(TimSort):
    def lt(self, a, b):
        return a.prio < b.prio


class ByName(TimSort):
    def lt(self, a, b):
        return a.name < b.name


def main(argv):
    items = [Item("w%d" % ((i * 7) % 10), (i * 37) % 11) for i in range(12)]
    ByPrio(items).sort()
    print " ".join(["%s:%d" % (it.name, it.prio) for it in items])
    ByName(items).sort()
    print " ".join(["%s:%d" % (it.name, it.prio) for it in items])
    return 0


def entry_point(argv):
    return main(argv)


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    main(sys.argv)
