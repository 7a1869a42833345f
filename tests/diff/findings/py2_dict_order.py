# finding: in a Python 2 program, printing or iterating a dict shows insertion order; Python 2.7
# shows its hash-table order ({3: 2, 100: 3, 5: 1, -1: 4} below; popitem() and keys() likewise).
# kind: wrong output (Python 2 dict order)
def entry_point(argv):
    e = {5: 1, 3: 2, 100: 3, -1: 4}
    print e, e.keys()
    f = {'zeta': 1, 'alpha': 2, 'mid': 3}
    print f, f.items()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
