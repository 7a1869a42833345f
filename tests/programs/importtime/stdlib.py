# python2
# Standard modules at import time: collections, itertools, functools, operator, struct, copy,
# types, string, errno, inspect, weakref, warnings, time.
import sys
import collections
import itertools
import functools
import operator
import struct
import copy
import types
import errno
import inspect
import weakref
import warnings
import time
from collections import deque, OrderedDict, defaultdict, namedtuple, Counter

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
dq.rotate(1)
r(dq, dq.popleft(), dq.pop(), len(dq), list(dq), 3 in dq, deque('ab'), dq.maxlen)
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
od.pop('a')
od['a'] = 4
r(od, od.keys(), od.popitem(), od.popitem(last=False), OrderedDict([('x', 1)]) == OrderedDict([('x', 1)]))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
r(sorted(dd.items()), dd['missing'], sorted(counts.items()), isinstance(dd, dict), dd.default_factory)
c = Counter('abacabadabaeb')
r(c.most_common(2), c['a'], c['z'], sorted(c.elements())[:4], Counter(a=3, b=1) + Counter(a=1, c=2))
Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', ['x', 'y', 'z'])
p = Point(1, y=2)
r(p, p.x, p[1], p._asdict().items(), p._replace(x=10), Point._make([5, 6]), Point._fields, p == (1, 2), tuple(p), len(P3(1, 2, 3)))


class Vec(namedtuple('Vec', 'a b')):
    def norm1(self):
        return abs(self.a) + abs(self.b)


r(Vec(3, -4).norm1(), Vec(1, 2), isinstance(Vec(1, 2), tuple))
r(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain([1, 2], 'ab')), list(itertools.chain.from_iterable([[1], [2, 3]])))
r(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations('abcd', 2)))
r(list(itertools.combinations_with_replacement('ab', 2)), [(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.repeat('x', 3)))
r(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.izip('ab', [1, 2])))
r(list(itertools.imap(operator.mul, [1, 2], [3, 4])), list(itertools.ifilter(None, [0, 1, 2])), list(itertools.izip_longest('ab', [1], fillvalue='-')))
r(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcd', [1, 0, 1, 0])), [list(t) for t in itertools.tee([1, 2], 2)])
r(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.ifilterfalse(None, [0, 1, '', 2])))
add3 = functools.partial(operator.add, 3)
r(add3(4), functools.reduce(operator.mul, [1, 2, 3, 4]), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


@deco
def documented():
    "The docstring."
    return 1


@functools.total_ordering
class Version(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


r(documented.__name__, documented.__doc__, Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))
r(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(5), operator.methodcaller('upper')('ab'))
r(operator.add(1, 2), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem({'k': 'v'}, 'k'), operator.truth([]), operator.div(7, 2))
packed = struct.pack('<ihb', 1, -2, 3)
r(packed, struct.unpack('<ihb', packed), struct.calcsize('<ihb'), struct.calcsize('ihb'), struct.pack('>H', 258), struct.unpack('>d', struct.pack('>d', 1.5)))
r(struct.pack('4s2x?', 'ab', True), struct.unpack('!I', '\x00\x00\x01\x00'), struct.pack('<q', -1), struct.Struct('<hh').size, struct.unpack('<Q', '\xff' * 8))
try:
    struct.pack('<b', 200)
except struct.error as e:
    r('struct.error', str(e))
data = {'list': [1, [2, 3]], 'tuple': (4, 5)}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data['list'][1].append(99)
r(shallow['list'][1], deep['list'][1], deep['tuple'], copy.copy([1, 2]) == [1, 2], copy.deepcopy(Point(1, 2)))


class Node(object):
    def __init__(self):
        self.children = []


root = Node()
root.children.append(root)
clone = copy.deepcopy(root)
r(clone.children[0] is clone, clone is not root)
r(type(len) is types.BuiltinFunctionType, type(r) is types.FunctionType, isinstance(types, types.ModuleType), types.StringTypes, types.NoneType)
r(errno.ENOENT, errno.errorcode[errno.EEXIST], inspect.isclass(Node), inspect.isfunction(r), inspect.getargspec(lambda a, b=1, *c: 0))
r([name for name, _ in inspect.getmembers(Version) if not name.startswith('_')], inspect.getmro(bool)[1:])
obj = Node()
ref = weakref.ref(obj)
r(ref() is obj)
del obj
r(ref() is None)
warnings.simplefilter('ignore')
warnings.warn('hidden')
r(type(time.time()), time.time() > 1e9, len(time.strftime('%Y', time.gmtime(0))), time.gmtime(0)[0])

TABLE = OrderedDict((n, n * n) for n in range(4)).keys()  # plain data for translated code
PT = tuple(Point(3, 4))


def entry_point(argv):
    for line in OUT:
        print line
    print TABLE[-1], PT[0] + PT[1]
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
