# Keyword-only parameters in an RPython program: Python 3 syntax, and RPython is Python 2.7.
def scale(x, *, factor=2):
    return x * factor


def entry_point(argv):
    print(scale(3, factor=4))
    return 0


def target(*args):
    return entry_point, None
