# A local assigned only None and an int: RPython folds each test on it per path (Pystone's Proc2),
# but its value itself is used where both may reach, so None and int would have to merge.
def f(c):
    x = None
    if c:
        x = 1
    if x == 1:
        return 5
    return x * 2


def entry_point(argv):
    print f(len(argv) > 1)
    return 0


def target(*args):
    return entry_point, None
