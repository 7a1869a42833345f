from rpython.rlib.objectmodel import not_rpython


@not_rpython
def setup_helper():
    return 1


def entry_point(argv):
    print(setup_helper())
    return 0


def target(*args):
    return entry_point, None
