# The caret counts characters, not bytes: it stays under the error after non-ASCII text.
def entry_point(argv):
    label = "résumé" + 1
    return 0


def target(*args):
    return entry_point, None
