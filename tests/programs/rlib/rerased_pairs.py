# python2
# rpython.rlib.rerased: values erased by two pairs and by erase_int share one list; each pair's
# unerase gives back its own type (an instance, a list of strs), unerase_int the int.
from rpython.rlib.rerased import new_erasing_pair, erase_int, unerase_int, is_integer


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


erase_point, unerase_point = new_erasing_pair("point")
erase_strs, unerase_strs = new_erasing_pair("strs")

PREBUILT = erase_point(Point(7, 8))


def describe(e, kind):
    if is_integer(e):
        return "int %d" % unerase_int(e)
    if kind == 0:
        p = unerase_point(e)
        return "point %d,%d" % (p.x, p.y)
    return "strs " + "/".join(unerase_strs(e))


def entry_point(argv):
    items = [erase_point(Point(1, 2)), erase_strs(["a", "b"] + argv[1:]), erase_int(-42), PREBUILT]
    kinds = [0, 1, 2, 0]
    for i in range(len(items)):
        print describe(items[i], kinds[i])
    lst = unerase_strs(items[1])
    lst.append("c")
    print describe(items[1], 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
