# RPython refuses **kwargs parameters; the uses of `options` inside raise no further errors.
def configure(name, **options):
    for key in options:
        print(key + 1)
    return len(options)


def entry_point(argv):
    print(configure("x"))
    return 0


def target(*args):
    return entry_point, None
