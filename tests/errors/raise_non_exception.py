def entry_point(argv):
    if len(argv) > 3:
        raise 42
    return 0


def target(*args):
    return entry_point, None
