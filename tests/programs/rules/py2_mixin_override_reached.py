# python2
# A sorter whose base defines lt() for values with `<`, and whose only instantiated subclass
# takes lt() from a _mixin_ (RPython's mixins, as rlib.listsort's users write them): the base's
# lt() is never reached with instances, so it is not annotated with them (RPython types a method
# by the receivers it actually gets).


def target(driver, args):
    return entry_point, None


class Item(object):
    def __init__(self, name, key):
        self.name = name
        self.key = key


class ByKeyMixin(object):
    _mixin_ = True

    def lt(self, a, b):
        return a.key < b.key


class Sorter(object):
    def lt(self, a, b):
        return a < b

    def sort(self, xs):
        # insertion sort through self.lt
        for i in range(1, len(xs)):
            x = xs[i]
            j = i - 1
            while j >= 0 and self.lt(x, xs[j]):
                xs[j + 1] = xs[j]
                j -= 1
            xs[j + 1] = x
        return xs


class ItemSorter(ByKeyMixin, Sorter):
    pass


def entry_point(argv):
    items = [Item('pear', 3), Item('fig', 1), Item('apple', 2), Item('kiwi', 1)]
    for it in ItemSorter().sort(items):
        print it.name, it.key
    return 0


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
