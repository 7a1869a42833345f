def show(a, b):
    print(a, b)


def entry_point(argv):
    options = {"a": 1, "b": 2}
    show(**options)
    return 0


def target(*args):
    return entry_point, None
