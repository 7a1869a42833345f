def entry_point(argv):
    title = u"caf\xe9"
    print(title + argv[0])
    return 0


def target(*args):
    return entry_point, None
