# python2
# os, os.path and sys at import time: paths computed from __file__, files read while importing,
# sys.argv as RPython's translator shows it (its first item names rpython), sys.modules.
import os
import os.path
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


here = os.path.dirname(os.path.abspath(__file__))
r(os.path.basename(here), os.path.isdir(here), os.path.exists(os.path.join(here, 'os_sys.py')), os.path.isfile(here))
r(os.path.join('a', 'b', 'c'), os.path.join('a', '/abs', 'c'), os.path.join('a/', 'b'), os.path.split('/x/y/z.txt'), os.path.splitext('dir.d/file.tar.gz'))
r(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.basename('a/b/'), os.path.dirname('a/b/'), os.path.splitext('.hidden'))
r(os.path.isabs('/x'), os.path.relpath('/a/b/c', '/a/d'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.sep, os.curdir, os.pardir)
with open(os.path.join(here, 'os_sys.py')) as f:
    first_line = f.readline()
    rest = f.read()
r(first_line, len(rest) > 100, 'import os' in rest)
lines = [l for l in open(os.path.join(here, 'os_sys.py')) if l.startswith('import')]
r(lines)
r(os.name, type(os.getcwd()), type(os.environ.get('PATH', '')), os.getenv('RPY_SURELY_UNSET_VARIABLE', 'dflt'), 'PATH' in os.environ)
r(sorted(n for n in os.listdir(here) if n == 'os_sys.py'), os.stat(os.path.join(here, 'os_sys.py')).st_size > 0, os.access(here, os.R_OK))
try:
    open(os.path.join(here, 'does-not-exist.txt'))
except IOError as e:
    r('IOError', e.errno, e.strerror)
try:
    os.stat('/does/not/exist')
except OSError as e:
    r('OSError', e.errno)
r(type(sys.argv), os.path.basename(sys.argv[0]) in ('rpython', 'os_sys.py'), sys.maxint, sys.byteorder, sys.version_info[0], sys.platform.startswith('linux'))
r(sys.modules['os'] is os, __name__ in sys.modules, sys.getrecursionlimit() > 100, type(sys.path), sys.stdout is not None)
sys.setrecursionlimit(5000)
r(sys.getrecursionlimit())
try:
    sys.exit(3)
except SystemExit as e:
    r('SystemExit', e.code)
sys.stdout.write('')
os.write(1, '')

MODULE_DIR_NAME = os.path.basename(here)


def entry_point(argv):
    for line in OUT:
        print line
    print MODULE_DIR_NAME
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
