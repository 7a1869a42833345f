# After a refused exec statement, the names it would have defined raise no further errors.
def entry_point(argv):
    exec "total = 6 * 7"
    print(total)
    return 0


def target(*args):
    return entry_point, None
