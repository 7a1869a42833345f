def entry_point(argv):
    for ch in len(argv):
        print(ch)
    return 0


def target(*args):
    return entry_point, None
