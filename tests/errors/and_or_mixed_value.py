# The value of `a or b` is one of the operands: it needs one type (in a test, any mix is fine).
def entry_point(argv):
    count = len(argv)
    label = count or "none"
    if count or "none":
        print(label)
    return 0


def target(*args):
    return entry_point, None
