# python2
# The builtins at import time, with their Python 2 meaning (map/filter/zip/range give lists).
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


r(range(5), range(2, 10, 3), range(10, 0, -4), xrange(5), list(xrange(1, 4)), len(xrange(0, 10, 3)), xrange(3)[2], 2 in xrange(3))
r(map(str, [1, 2]), map(None, [1, 2], 'ab'), map(lambda x, y: x + y, [1, 2], [10, 20]), map(None, [1, 2, 3], 'ab'))
r(filter(None, [0, 1, '', 'a', None]), filter(lambda c: c != 'l', 'hello'), filter(lambda x: x > 1, (1, 2, 3)))
r(zip([1, 2, 3], 'ab'), zip(), reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'), apply(max, [3, 9, 4]))
r(list(enumerate('ab')), list(enumerate('ab', 10)), list(reversed([1, 2, 3])), list(reversed('abc')), sorted('bca'), sorted([3, 1, 2], reverse=True))
r(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), any([0, 0, 1]), all([1, 1, 0]), any([]), all([]), min(3, 1, 2), max('apple', 'pear', key=len))
r(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), round(3.14159, 2), cmp('a', 'b'), cmp(2, 2))
r(chr(65), ord('A'), unichr(0x263a), hex(31), oct(31), bin(31), int('11', 2), bool(''), bool([0]), str(None), repr(u'x'))
r(isinstance(1, int), isinstance(1L, (int, long)), isinstance(True, int), isinstance('a', basestring), isinstance(u'a', str), issubclass(bool, int))
r(callable(len), callable(1), callable(lambda: 0), type(len), type(type), type(None), type([]) is list, type(1) == int)
nums = iter([1, 2, 3])
r(next(nums), next(nums), next(nums), next(nums, 'done'), list(iter([4, 5])))
calls = []


def counter():
    calls.append(1)
    return len(calls)


r(list(iter(counter, 4)), hash('abc') == hash('abc'), hash((1, 2)) == hash((1, 2)), id(calls) == id(calls))


class Thing(object):
    kind = 'thing'

    def __init__(self):
        self.a = 1


t = Thing()
setattr(t, 'b', 2)
name = 'c'
setattr(t, name, 3)
r(getattr(t, 'a'), getattr(t, 'zz', 'default'), hasattr(t, 'b'), hasattr(t, 'nope'), sorted(vars(t).items()), t.__dict__['c'])
delattr(t, 'b')
r(hasattr(t, 'b'), [n for n in dir(t) if not n.startswith('__')], 'kind' in dir(Thing), getattr(Thing, 'kind'))
Dynamic = type('Dynamic', (Thing,), {'extra': 42, 'double': lambda self: self.a * 2})
dyn = Dynamic()
r(Dynamic.__name__, dyn.extra, dyn.double(), isinstance(dyn, Thing), Dynamic.__bases__ == (Thing,), type(dyn) is Dynamic)
g = globals()
g['CREATED_' + 'NAME'] = 'made by globals()'
r(CREATED_NAME, 'Thing' in g, sorted(k for k in g if k.startswith('CREATED')))


def local_names(a, b=2):
    c = 3
    return sorted(locals().items())


r(local_names(1), vars()['r'] is r, eval('1 + 2 * 3'), eval('x + 1', {'x': 41}), eval('a * b', {}, {'a': 6, 'b': 7}))
code = compile('z = 10\nw = z * 2\n', '<generated>', 'exec')
ns = {}
exec code in ns
exec 'v = 5' in ns
r(ns['w'], ns['v'], sorted(k for k in ns if not k.startswith('__')))
exec 'GENERATED = [i * 3 for i in range(4)]'
r(GENERATED, __import__('string').digits, __import__('os.path').path.join('a', 'b'))
for n, v in [('ONE', 1), ('TWO', 2)]:
    globals()[n] = v
r(ONE + TWO, intern('abc'), len(u'\xe9'), slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], isinstance(range, type))
try:
    len(5)
except TypeError as e:
    r(str(e))
try:
    undefined_name
except NameError as e:
    r(str(e))
try:
    getattr(t, 'missing')
except AttributeError as e:
    r(str(e))
try:
    int('x')
except ValueError as e:
    r(str(e))
try:
    next(iter([]))
except StopIteration as e:
    r('StopIteration')
try:
    min([])
except ValueError as e:
    r(str(e))

TABLE = dict(map(lambda x: (x, str(x)), range(5)))


def entry_point(argv):
    for line in OUT:
        print line
    print TABLE[3], ONE, CREATED_NAME
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
