# python2
# Imports inside packages: Python 2's implicit relative imports, `from __future__ import
# absolute_import` turning them off, explicit relative imports, __import__ with a fromlist.
import sys
from pkg.user import get, sibling_string_is_local
from pkg.absolute import stdlib_string
from pkg import deep
import pkg.sub.leaf as leaf

VALUES = [str(get()), str(deep.twice()), leaf.NAME, str(len(stdlib_string.digits))]
FLAGS = [sibling_string_is_local, hasattr(stdlib_string, 'LOCAL_MARKER')]
LOADED = sorted(k for k in sys.modules if k.startswith('pkg'))
FROMLIST = __import__('pkg.helper', globals(), locals(), ['VALUE']).VALUE


def entry_point(argv):
    print VALUES[0], VALUES[1], VALUES[2], VALUES[3]
    print FLAGS[0], FLAGS[1]
    print ' '.join(LOADED)
    print FROMLIST
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
