# python2
# Python 2.7 orders dicts (dictobject.c's dict_compare): the shorter first, then the smallest key
# whose value differs decides, then the values. Sorting tuples that hold dicts compares them only
# when the items before are equal (sorted(d.items()) never does: the keys differ).
def main():
    g = {3: {'a': 1.5}, 1: {'b': 2.0, 'c': 0.5}, 2: {}}
    for k, v in sorted(g.items()):
        print k, sorted(v.items())
    rows = [(1, {'x': 2, 'y': 1}), (1, {'x': 1, 'y': 5}), (1, {'x': 1}), (0, {'z': 9}), (1, {'y': 1, 'x': 2})]
    rows.sort()
    for r in rows:
        print r[0], sorted(r[1].items())
    print (1, {'a': 1}) < (1, {'a': 2}), (1, {'a': 1}) < (1, {'b': 0}), (2, {'a': 1}) > (1, {'a': 1, 'b': 2})
    print max([(1, {5: 'q'}), (1, {5: 'p'})])[1][5]
    return 0
def entry_point(argv):
    return main()
def target(*args):
    return entry_point, None
if __name__ == '__main__':
    entry_point(None)
