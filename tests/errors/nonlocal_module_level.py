counter = 0
nonlocal counter


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
