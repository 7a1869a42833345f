def entry_point(argv):
    print(eval("1 + 2"))
    return 0


def target(*args):
    return entry_point, None
