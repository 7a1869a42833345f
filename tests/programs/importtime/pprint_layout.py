# pprint while a script is imported (Python 3's layout): dicts sorted, long containers split one
# item per line, strings split by words, depth, indent, compact, sort_dicts=False, sets, saferepr.
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
RESULTS.append(pprint.pformat(DATA, width=30, compact=True))
RESULTS.append(pprint.pformat({'b': 1, 'a': list(range(20))}, sort_dicts=False, width=30))
RESULTS.append(pprint.pformat(loop).split(' with id=')[0])
RESULTS.append(pprint.pformat(10 ** 10, underscore_numbers=True))
for r in RESULTS:
    print(r)
