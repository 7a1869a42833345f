# Keyword-only parameters are refused where they are used, naming the ordinary form.
def scale(x, *, factor=2):
    return x * factor


def entry_point(argv):
    print(scale(3, factor=4))
    return 0


def target(*args):
    return entry_point, None
