def scale(x, factor=2):
    return x * factor


def entry_point(argv):
    print(scale(3, factor=2, factor=3))
    return 0


def target(*args):
    return entry_point, None
