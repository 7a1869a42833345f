# python2
# Functions at import time: closures, global, decorators with arguments, tuple parameters,
# generators (send, close, expressions), try/finally, with, del.
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]


bound, late = make_adders()
r([f(10) for f in bound], [f(10) for f in late])


def counter():
    count = [0]

    def inc(step=1):
        count[0] += step
        return count[0]
    return inc


c = counter()
c()
c(5)
r(c(), c.__name__)

TOTAL = 0


def bump(n):
    global TOTAL
    TOTAL += n
    return TOTAL


bump(3)
bump(4)
r(TOTAL)


def repeat(times, sep='-'):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join([fn(*args, **kwargs)] * times)
        wrapper.__name__ = fn.__name__
        wrapper.wrapped = fn
        return wrapper
    return deco


@repeat(3)
def word(w, suffix=''):
    return w + suffix


@repeat(2, sep='+')
@repeat(2)
def pair():
    return 'x'


r(word('ab'), word('c', suffix='!'), pair(), word.__name__, word.wrapped('raw'))


def kw(a, b=2, *args, **kwargs):
    return a, b, args, sorted(kwargs.items())


r(kw(1), kw(1, 3, 4, 5), kw(b=9, a=8, z=1), kw(*[1, 2, 3], **{'y': 4}))


def unpack((a, b), c, (d, (e, f))=(5, (6, 7))):
    return a + b + c + d + e + f


r(unpack((1, 2), 3), unpack((1, 1), 1, (1, (1, 1))), map(lambda (k, v): '%s=%s' % (k, v), [('a', 1), ('b', 2)]))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


r(take(10, fib()), sum(x * x for x in range(10)), list(x for x in 'abc' if x != 'b'), max(len(w) for w in ['a', 'abc', 'ab']))


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        OUT.append('echo closed after %r' % received)


g = echo()
r(next(g), g.send('a'), g.send('b'))
g.close()


def gen_with_return(n):
    for i in range(n):
        if i == 3:
            return
        yield i


def nested_gen():
    for x in gen_with_return(10):
        yield x * 10
    yield -1


r(list(gen_with_return(10)), list(nested_gen()), list(enumerate(fib())) [:0] if False else [p for p in zip(range(3), fib())])


def flow(x):
    log = []
    try:
        log.append('try')
        if x == 0:
            raise ValueError('zero')
        if x == 1:
            return log
        log.append('after')
    except ValueError as e:
        log.append('caught %s' % e)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log


r(flow(0), flow(1), flow(2))


def finally_overrides():
    try:
        return 'try'
    finally:
        OUT.append('finally ran')


r(finally_overrides())


class Resource(object):
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        self.log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return t is KeyError


log = []
with Resource('a', log) as a, Resource('b', log) as b:
    log.append(a + b)
with Resource('c', log):
    raise KeyError('swallowed')
try:
    with Resource('d', log):
        raise ValueError('passes')
except ValueError:
    log.append('value error seen')
r(log)

x = 1
y = [1, 2, 3]
z = {'k': 1}
del x, y[0], z['k']
r('x' in dir(), y, z)


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)


r(recursive(30))
try:
    def runaway(n):
        return runaway(n + 1)
    runaway(0)
except RuntimeError as e:
    r('RuntimeError', 'recursion' in str(e))


def reraise():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise
        except KeyError as e:
            return 'reraised %r' % (e,)


r(reraise(), sys.exc_info()[0])
try:
    raise ValueError, 'old style'
except ValueError, e:
    r(str(e))

FIBS = take(15, fib())


def entry_point(argv):
    for line in OUT:
        print line
    print FIBS[-1], TOTAL
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
