# python2
# Classes at import time: metaclasses, properties, class and static methods, super, __slots__,
# classic classes, descriptors, special methods, subclasses of builtin types.
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


REGISTRY = []


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        cls = type.__new__(mcs, name, bases, ns)
        REGISTRY.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super(Meta, cls).__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return 'class %s' % cls.__name__


class Base(object):
    __metaclass__ = Meta

    def hello(self):
        return 'hello from %s' % self.tag


class Child(Base):
    pass


r(REGISTRY, Child.tag, Child().hello(), Child.initialized, Child.describe(), type(Child) is Meta, isinstance(Child, Meta))


def functional_meta(name, bases, ns):
    ns['made_by'] = 'function'
    return type(name, bases, ns)


class Made(object):
    __metaclass__ = functional_meta


r(Made.made_by, Made.__name__)


class Temp(object):
    count = 0

    def __init__(self, celsius):
        self._c = celsius
        Temp.count += 1

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @classmethod
    def make(cls, c):
        return cls(c)

    @staticmethod
    def unit():
        return 'C'

    def __repr__(self):
        return 'Temp(%r)' % self._c

    def __eq__(self, other):
        return isinstance(other, Temp) and self._c == other._c

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._c)

    def __lt__(self, other):
        return self._c < other._c

    def __add__(self, other):
        return Temp(self._c + (other._c if isinstance(other, Temp) else other))

    __radd__ = __add__


t = Temp.make(100)
t2 = Temp(100)
t.fahrenheit = 32
r(t, t.fahrenheit, Temp.unit(), t.unit(), Temp.count, t2 == Temp(100), t2 != Temp(1), sorted([Temp(3), Temp(1)]), Temp(1) + 2, 5 + Temp(1))
r({Temp(1): 'one'}[Temp(1)], Temp(2) in [Temp(2)], max([Temp(5), Temp(9)]), sum([Temp(1), Temp(2)], Temp(0)))


class A(object):
    def who(self):
        return ['A']


class B(A):
    def who(self):
        return ['B'] + super(B, self).who()


class C(A):
    def who(self):
        return ['C'] + super(C, self).who()


class D(B, C):
    def who(self):
        return ['D'] + super(D, self).who()


r(D().who(), [k.__name__ for k in D.__mro__])


class OldA:
    def who(self):
        return 'OldA'


class OldB(OldA):
    pass


class OldC(OldA):
    def who(self):
        return 'OldC'


class OldD(OldB, OldC):
    pass


r(OldD().who(), D().who()[1], isinstance(OldD(), OldA))


class Slotted(object):
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = Slotted()
try:
    s.z = 3
    r('no error')
except AttributeError as e:
    r('AttributeError', str(e))


class Typed(object):
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('%s must be an int' % self.name)
        obj.__dict__[self.name] = value


class Point(object):
    x = Typed('x')

    def __init__(self, x):
        self.x = x


pt = Point(3)
try:
    pt.x = 'bad'
except TypeError as e:
    r(str(e))
r(pt.x, isinstance(Point.x, Typed))


class Lazy(object):
    def __getattr__(self, name):
        return 'computed ' + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


lz = Lazy()
lz.v = 21
r(lz.anything, lz.v)


class Seq(object):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __contains__(self, x):
        return x == 'magic'

    def __call__(self, k):
        return k * self.n

    def __nonzero__(self):
        return self.n > 0


sq = Seq(4)
r(len(sq), list(sq), sq[2], 'magic' in sq, 3 in sq, sq(10), bool(Seq(0)), [x for x in sq])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] = self[k] + 1


cnt = Counter()
for w in 'a b a c a'.split():
    cnt.add(w)
r(sorted(cnt.items()), isinstance(cnt, dict), len(cnt), cnt['zz'], dict.__getitem__(cnt, 'a'))


class Stack(list):
    def push(self, x):
        self.append(x)

    def top(self):
        return self[-1]


st = Stack([1, 2])
st.push(3)
r(st.top(), len(st), list(st), st + [4], isinstance(st, list))


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def first(self):
        return self[0]


pr = Pair(1, 2)
r(pr.first(), pr[1], len(pr), pr == (1, 2), tuple(pr))


def add_greeting(cls):
    cls.greet = lambda self: 'hi from ' + type(self).__name__
    return cls


@add_greeting
class Greeted(object):
    pass


class MyError(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'code %d' % code)
        self.code = code


try:
    raise MyError(7)
except MyError as e:
    r(str(e), e.code, e.args, isinstance(e, Exception))
r(Greeted().greet(), Greeted.__name__, Child.__bases__ == (Base,), issubclass(D, A), issubclass(D, (int, C)))

SIZES = dict((cls.__name__, cls.tag) for cls in [Base, Child])


def entry_point(argv):
    for line in OUT:
        print line
    print SIZES['Child']
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
