# python2
# Tables that keep insertion order in Python 2 programs: r_dict and r_ordereddict (RPython's own,
# ordered by insertion; rpy's rpython package orders them so under the interpreter too), and
# module-level dicts and sets, rebuilt by inserting their items in order (as a display builds
# them: python2.7's order when the constant was built by a display). Plain dicts next to them
# follow 2.7's table.
from rpython.rlib.objectmodel import r_dict, r_ordereddict


def key_eq(a, b):
    return a == b


def key_hash(a):
    return a


TABLE = {'mov': 1, 'add': 2, 'sub': 3, 'jmp': 4, 'cmp': 5, 'ret': 6, 'nop': 7, 'call': 8}
SMALL = {'b': 1, 'a': 2, 'c': 3}
SQUARES = {0: 0, 8: 1, 16: 4, 24: 9, 32: 16, 40: 25, 48: 36, 56: 49, 64: 64}


def entry_point(argv):
    r = r_dict(key_eq, key_hash)
    for k in [40, 8, 0, 16, 3, 11]:
        r[k] = k * 2
    print r.keys(), r.values()
    for k in r:
        print k,
    print
    del r[8]
    r[8] = 1
    print r.items()
    o = r_ordereddict(key_eq, key_hash)
    for k in [5, 13, 21, 1]:
        o[k] = k
    print o.keys()
    plain = {}
    for k in [40, 8, 0, 16, 3, 11]:
        plain[k] = k * 2
    print plain.keys(), plain
    print TABLE.keys()
    print TABLE
    print SMALL, SQUARES
    for k in TABLE:
        print k,
    print
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
