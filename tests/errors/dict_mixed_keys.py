def entry_point(argv):
    table = {1: "one", "two": "two"}
    print(len(table))
    return 0


def target(*args):
    return entry_point, None
