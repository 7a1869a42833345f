def first_even(items):
    for x in items:
        if x % 2 == 0:
            found = x
    else:
        break
    return found


def entry_point(argv):
    print(first_even([1, 2]))
    return 0


def target(*args):
    return entry_point, None
