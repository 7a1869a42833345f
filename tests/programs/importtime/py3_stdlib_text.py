# Python 3 at import time: builtins (the builtins' own module), contextlib (contextmanager,
# closing, suppress), textwrap.dedent and indent, keyword, and no Python 2 StringIO.
import builtins
import contextlib
import keyword
import textwrap

LOG = []


@contextlib.contextmanager
def section(name):
    LOG.append('enter ' + name)
    try:
        yield name * 2
    finally:
        LOG.append('exit ' + name)


with section('ab') as s:
    LOG.append(s)
with contextlib.suppress(KeyError, IndexError):
    {}['missing']
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    LOG.append('IndexError passed through')
try:
    import StringIO
except ImportError:
    LOG.append('no StringIO')
builtins.LIMIT_FROM_BUILTINS = 3
LOG.append(repr((LIMIT_FROM_BUILTINS, builtins.__name__, keyword.iskeyword('nonlocal'), keyword.iskeyword('print'))))
LOG.append(textwrap.dedent('''
    x = 1
      y = 2
'''))
LOG.append(textwrap.indent('a\n\nb\n', '> '))
LOG.append(textwrap.indent('a\nb', '+', lambda line: line.startswith('b')))
del builtins.LIMIT_FROM_BUILTINS

for line in LOG:
    print(line)
