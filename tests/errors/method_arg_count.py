class Counter(object):
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k


def entry_point(argv):
    c = Counter()
    c.add()
    print(c.n)
    return 0


def target(*args):
    return entry_point, None
