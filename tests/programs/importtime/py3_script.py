# A Python 3 script: its module-level code runs with Python 3's meaning (true division, lazy
# map/zip/filter/range, dict views, unbounded ints without a long type, str is text).
import math
import functools
import itertools
from collections import OrderedDict, namedtuple

RESULTS = []


def r(*args):
    RESULTS.append(' '.join(repr(a) for a in args))


r(7 / 2, 7 // 2, -7 / 2, 2 ** 100, type(2 ** 100).__name__, 10 ** 20 // 3, round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
m = map(lambda x: x * 2, [1, 2, 3])
z = zip('ab', [1, 2])
f = filter(None, [0, 1, 2])
r(type(m).__name__ != 'list', list(m), list(m), list(z), list(f), range(3), list(range(2, 8, 2)), range(10)[2:5], 3 in range(5))
d = {'b': 1, 'a': 2}
keys = d.keys()
d['c'] = 3
r(list(keys), sorted(d.values()), list(d.items())[0], 'a' in keys, len(keys), keys & {'a', 'zz'})
r(str(1 / 3), repr(1 / 3), 0.1 + 0.2, 1e16, 1e15, str(123456789012.0), format(1 / 3, ''), f'{math.pi:.3f}', f'{"x"!r:>5}')
r(math.floor(2.5), type(math.floor(2.5)).__name__, math.ceil(-0.5), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 300)
r(len('café'), 'café'.upper(), 'café'[3], [c for c in 'né'], 'é'.encode('utf-8'), b'abc'.decode('ascii'), 'x'.isidentifier())
r(functools.reduce(lambda a, b: a + b, range(5)), list(itertools.accumulate([1, 2, 3])), list(itertools.zip_longest('ab', 'c')))
P = namedtuple('P', 'x y', defaults=[0])
r(P(1), P(1, 2)._asdict(), OrderedDict(a=1), sorted({3, 1, 2}), [*range(3), 9])
first, *rest = [1, 2, 3]
r(first, rest, divmod(-7, 2), int('1_000'), 0o17, 0b101, 0x1f, 1_000_000, 'a' < 'b')


class Base:
    def who(self):
        return 'base'


class Child(Base):
    def who(self):
        return 'child+' + super().who()


r(Child().who(), isinstance(Child(), object), Base.__name__, type(Child()).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    r(str(e))
r(print.__name__, callable(print))

TABLE = {n: n / 2 for n in range(5)}

if __name__ == '__main__':
    for line in RESULTS:
        print(line)
    print(TABLE[3])
