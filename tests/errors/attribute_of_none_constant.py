# Reading an attribute of a local that is always None at that point: Python raises
# AttributeError there (and the handler would catch it), but RPython refuses the program: its
# flow space folds getattr(None, 'name') and finds that it always raises.
class Box(object):
    def __init__(self):
        self.label = "box"


def f(n):
    b = None
    if n > 0:
        b = Box()
    b = None
    try:
        return b.label
    except AttributeError:
        return "none"


def entry_point(argv):
    print f(len(argv))
    return 0


def target(*args):
    return entry_point, None
