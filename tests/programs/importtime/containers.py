# python2
# Lists, tuples, dicts and sets at import time.
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


l = [5, 3, 8, 1]
l.append(9)
l.extend((2, 7))
l.insert(1, 4)
l.insert(-1, 0)
l.insert(100, 6)
r(l, l.pop(), l.pop(0), l.index(8), l.count(3), len(l))
l.remove(8)
l.reverse()
r(l, sorted(l), sorted(l, reverse=True), sorted(l, key=lambda x: -x), sorted(l, cmp=lambda a, b: cmp(b, a)))
l.sort()
r(l, l[1:3], l[::-1], l[-2:], l[::2])
l[1:3] = ['a', 'b', 'c']
r(l)
l[::2] = [0] * len(l[::2])
del l[0]
del l[1:3]
r(l, [1, 2] + [3], [0] * 3, [[0] * 2] * 2, 3 in [1, 2, 3], [1, 2] < [1, 3], [1, [2]] == [1, [2]])
items = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b')]
r(sorted(items), sorted(items, key=lambda t: t[1]), min(items), max(items, key=lambda t: t[1]))
t = (1, 2, 3, 2)
r(t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple('ab'), len(t), t < (1, 2, 4))
d = {'a': 1, 'b': 2}
d['c'] = 3
d.update({'d': 4}, e=5)
d.setdefault('f', 6)
d.setdefault('a', 100)
r(sorted(d.items()), d.get('a'), d.get('zz'), d.get('zz', 0), 'a' in d, d.has_key('b'), len(d), d.pop('f'), d.pop('zz', 'dflt'))
r(sorted(d.keys()), sorted(d.values()), sorted(d.iteritems()), dict(zip('xy', [1, 2])) == {'x': 1, 'y': 2}, dict([('k', 'v')]), dict(a=1))
del d['e']
k = d.popitem()
r(len(d), type(k), dict.fromkeys('ab', 0) == {'a': 0, 'b': 0}, {i: i * i for i in range(4)} == {0: 0, 1: 1, 2: 4, 3: 9}, d.copy() == d)
r({1: 'a'} == {1: 'a'}, {1: 'a'} != {1: 'b'}, {(1, 2): 'tuple key'}[(1, 2)], {1: 1, 1.0: 'float', True: 'bool'})
s = set([3, 1, 2])
s.add(4)
s.discard(10)
s.remove(1)
r(sorted(s), sorted(s | set([9])), sorted(s & set([2, 3, 7])), sorted(s - set([2])), sorted(s ^ set([2, 8])), 2 in s, len(s))
r(set([1, 2]) <= set([1, 2, 3]), set([1, 2]) < set([1, 2]), frozenset([1]) == set([1]), sorted(set('hello')), sorted(s.union([0], [5])), s.issubset(range(10)))
r(sorted({x % 3 for x in range(10)}), sorted(frozenset([1, 2]) | frozenset([3])), type(frozenset([1]) | set([2])), set(), frozenset())
nested = {'list': [1, {'x': (1, 2)}], 'set': sorted(set([1]))}
r(nested['list'][1]['x'][1], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(2) for y in 'ab'])
try:
    [][0]
except IndexError as e:
    r(str(e))
try:
    {}['missing']
except KeyError as e:
    r(str(e), e.args)
try:
    [].pop()
except IndexError as e:
    r(str(e))
try:
    {}[[1]] = 2
except TypeError as e:
    r(str(e))
try:
    [1, 2].index(5)
except ValueError as e:
    r(str(e))
a, b, c = [1, 2, 3]
(x, y), z = (4, 5), 6
r(a, b, c, x, y, z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    r(str(e))

SQUARES = dict((i, i * i) for i in range(10))
EVENS = [i for i in range(20) if i % 2 == 0]


def entry_point(argv):
    for line in OUT:
        print line
    print SQUARES[7], EVENS[-1], len(EVENS)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
