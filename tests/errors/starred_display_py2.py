# [0, *a] is Python 3 syntax: in a Python 2.7 program (target()) rpy names the construct and the form to use.
def entry_point(argv):
    a = [1]
    print [0, *a]
    return 0
def target(*args):
    return entry_point, None
