from __future__ import print_function
import os, sys
from rpython.rlib.listsort import make_timsort_class


class Item(object):
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag


ItemSort = make_timsort_class(lt=lambda a, b: a.key < b.key)
IntSort = make_timsort_class()


def entry_point(argv):
    items = [Item(3, "c"), Item(1, "a"), Item(2, "b"), Item(1, "a2"), Item(0, "z")]
    ItemSort(items).sort()
    print([(i.key, i.tag) for i in items])
    nums = [(i * 7919) % 101 for i in range(30)]
    IntSort(nums).sort()
    print(nums)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
