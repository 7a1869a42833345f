# python2
# Python 2 standard modules real programs import at module level: StringIO and cStringIO (a
# file-like string: write, seek, read, readline, truncate), textwrap.dedent of generated source
# that is exec'd, contextlib (contextmanager, closing, nested) and __builtin__ (the builtins'
# own module: a name set on it is seen everywhere); generator.throw(type, value) makes the
# exception as `raise type, value` does.
import __builtin__
import cStringIO
import contextlib
import textwrap
from StringIO import StringIO

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


s = StringIO()
s.write('hello\nworld\n')
s.writelines(['a', 'b\n'])
r(s.getvalue(), s.tell())
s.seek(0)
r(s.readline(), s.read(3), s.readlines())
s.seek(2)
s.write('XY')
s.seek(0, 2)
s.write('!')
s.seek(30)
s.write('Z')
r(s.getvalue(), s.len)
s.truncate(5)
r(s.getvalue(), s.tell(), list(StringIO('l1\nl2\nl3')))
s.close()
try:
    s.getvalue()
except ValueError as e:
    r('ValueError', str(e))
i = cStringIO.StringIO('in\nput')
o = cStringIO.StringIO()
o.write('out')
print >>o, 'put', 42
r(i.readline(), i.read(), o.getvalue(), isinstance(i, cStringIO.InputType))
try:
    i.write('x')
except AttributeError:
    r('read-only')

SOURCE = textwrap.dedent("""
    def double(x):
        return x * 2
      \t
    TABLE = [double(n) for n in range(4)]
""")
NS = {}
exec SOURCE in NS
r(SOURCE, NS['TABLE'])
r(textwrap.dedent("  a\n\tb\n"), textwrap.dedent("    x\n  y\n      z"), textwrap.dedent("  \t a\n  \t b"))


@contextlib.contextmanager
def tag(name):
    OUT.append('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        OUT.append('caught %s' % e)
    OUT.append('</%s>' % name)


with tag('b') as t:
    r(t)
with tag('i'):
    raise KeyError('k')
try:
    with tag('u'):
        raise ValueError('v')
except ValueError as e:
    r('escaped', str(e))


class Res(object):
    def close(self):
        OUT.append('closed')


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            r(type(e).__name__, e.args)


gen = catcher()
next(gen)
gen.throw(KeyError, KeyError('same'))
gen.throw(ValueError, ('a', 2))
gen.throw(ValueError, 'one')
gen.throw(TypeError)
gen.throw(IndexError('inst'))


with contextlib.closing(Res()) as res:
    r(type(res).__name__)
with contextlib.nested(tag('x'), tag('y')) as (x, y):
    r(x, y)

__builtin__.SHARED_LIMIT = 64
r(SHARED_LIMIT, __builtin__.len('abc'), __builtin__.__name__, hasattr(__builtin__, 'map'))
del __builtin__.SHARED_LIMIT
LIMIT = NS['TABLE'][-1]


def entry_point(argv):
    for line in OUT:
        print line
    print LIMIT
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
