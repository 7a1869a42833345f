class Point(object):
    def __init__(self, x):
        self.x = x


def entry_point(argv):
    p = Point(len(argv))
    print(p.y)
    return 0


def target(*args):
    return entry_point, None
