# A name assigned anywhere in a function is local to all of it: reading it before the assignment
# is Python's UnboundLocalError, reported at translation time.
def entry_point(argv):
    total = 0
    for a in argv:
        total += len(a)
    len = total
    return len


def target(*args):
    return entry_point, None
