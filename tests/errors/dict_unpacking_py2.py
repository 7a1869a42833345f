# An RPython program (target()) is Python 2.7, which has no {**d} displays.
def entry_point(argv):
    base = {"a": 1}
    merged = {"b": 2, **base}
    print merged
    return 0


def target(*args):
    return entry_point, None
