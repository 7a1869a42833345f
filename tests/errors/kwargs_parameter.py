# A **kwargs parameter is a dict of str keys: a key used as an int is refused where it is used.
def configure(name, **options):
    for key in options:
        print(key + 1)
    return len(options)


def entry_point(argv):
    print(configure("x"))
    return 0


def target(*args):
    return entry_point, None
