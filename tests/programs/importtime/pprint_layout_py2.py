# python2
# pprint while the module is imported, with Python 2.7's layout (keys always sorted, set([...]),
# each item of a too-long container on its own line, depth, indent, recursion).
import pprint

DATA = {'name': 'rpy', 'versions': list(range(30)), 'nested': {'z': [1, 2, (3, 4)], 'a': {'deep': {'deeper': ['x' * 30, 'y' * 30]}}},
        'tuple': (1,), 'empty': [], 'edict': {}, 'set': set([1, 2, 3]), 'fs': frozenset([4, 5]), 'none': None, 'f': 1.5,
        'text': 'The quick brown fox jumps over the lazy dog and keeps running far beyond the edge of the line width'}
RESULTS = []
for width in (80, 40, 20):
    RESULTS.append(pprint.pformat(DATA, width=width))
RESULTS.append(pprint.pformat(DATA, depth=2))
RESULTS.append(pprint.pformat(DATA, indent=4, width=50))
RESULTS.append(pprint.pformat([list(range(12)), [('k%d' % i, i) for i in range(8)]], width=30))
RESULTS.append(pprint.pformat((1, 2, 3) * 10, width=20))
RESULTS.append(pprint.pformat(set(range(25)), width=30))
loop = [1, 2]
loop.append(loop)
RESULTS.append(pprint.saferepr({'b': 2, 'a': [1, 'x']}))
RESULTS.append(repr((pprint.isreadable([1, 'a']), pprint.isrecursive([1]), pprint.isreadable(object()))))
RESULTS.append(pprint.pformat({'k': 'v' * 100}, width=40))
RESULTS.append(pprint.pformat(loop).split(' with id=')[0])


def entry_point(argv):
    for r in RESULTS:
        print r
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
