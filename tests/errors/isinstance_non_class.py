def entry_point(argv):
    if isinstance(argv, "list"):
        print("a list")
    return 0


def target(*args):
    return entry_point, None
