# python2
# zip(), list(), sorted(), enumerate() over instances of iterator classes (Python 2: next()).
class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Pairs(object):
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __iter__(self):
        return self

    def next(self):
        if self.i + 1 >= len(self.items):
            raise StopIteration
        p = (self.items[self.i], self.items[self.i + 1])
        self.i += 2
        return p


def main(argv):
    for n, p in zip(Countdown(4), Pairs(["a", "b", "c", "d", "e"])):
        print n, p
    print zip(Countdown(3), Countdown(5))
    print list(Countdown(3)), sorted(Countdown(4)), sum(Countdown(3))
    for i, x in enumerate(Countdown(2)):
        print i, x
    return 0


def target(driver, args):
    return main, None


if __name__ == '__main__':
    import sys
    main(sys.argv)
