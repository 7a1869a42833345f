class Shape(object):
    def area(self):
        return 0


def entry_point(argv):
    s = Shape()
    print(s.perimeter())
    return 0


def target(*args):
    return entry_point, None
