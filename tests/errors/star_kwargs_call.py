# f(**d) of a method: refused, saying where rpy supports f(**d).
class Shape(object):
    def show(self, a, b):
        print(a, b)


def entry_point(argv):
    options = {"a": 1, "b": 2}
    Shape().show(**options)
    return 0


def target(*args):
    return entry_point, None
