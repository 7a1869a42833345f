def entry_point(argv):
    try:
        print(argv[5])
    except "IndexError":
        print("none")
    return 0


def target(*args):
    return entry_point, None
