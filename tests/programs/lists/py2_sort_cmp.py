# python2
# Python 2's sorted(xs, cmp=f) and list.sort(cmp=f): items ordered by f(a, b) < 0 (refused before).
import sys


def by_len(a, b):
    return len(a) - len(b)


class Order(object):
    def __init__(self, sign):
        self.sign = sign

    def cmp(self, a, b):
        return self.sign * cmp(a, b)


def entry_point(argv):
    words = ["ccc", "a", "bb", "b", "dd", "e"]
    print sorted(words, cmp=by_len)
    print sorted(words, cmp=by_len, reverse=True)
    words.sort(cmp=lambda x, y: cmp(y, x))
    print words
    nums = [3, 1, 2, 5, 4]
    nums.sort(cmp=cmp)
    print nums
    o = Order(-1)
    nums.sort(cmp=o.cmp)
    print nums
    print sorted(nums, cmp=None)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
