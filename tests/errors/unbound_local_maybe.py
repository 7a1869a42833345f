# A local assigned on one path only, then read: Python raises UnboundLocalError on the other path;
# RPython's flow space merges the defined and the undefined local into an undefined one and
# refuses the read ("Local variable referenced before assignment"), and so does rpy.
def pick(n):
    if n > 3:
        x = n * 2
    return x


def entry_point(argv):
    print(pick(len(argv)))
    return 0


def target(*args):
    return entry_point, None
