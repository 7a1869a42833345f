# A loop that may run zero times leaves its body's locals (and its loop variable) unassigned
# after it: RPython refuses the read after the loop, and so does rpy.
def last_item(items):
    for item in items:
        pass
    return item


def entry_point(argv):
    print(last_item(argv))
    return 0


def target(*args):
    return entry_point, None
