# `total += x` in a loop where total is never assigned first: Python raises UnboundLocalError the
# first time; rpy reports it.
def count_negative(values):
    for v in values:
        if v < 0:
            total += 1
    return total


def entry_point(argv):
    return count_negative([1, -2])


def target(*args):
    return entry_point, None
