# python2
# glob and fnmatch while the module is imported (the files beside the program, as a program
# finds its grammar or data files), fnmatch.translate's Python 2.7 expression, and fnmatch in the
# translated entry point.
import os
import glob
import fnmatch

HERE = os.path.dirname(os.path.abspath(__file__))
FOUND = sorted([os.path.relpath(p, HERE) for p in glob.glob(os.path.join(HERE, 'rel*', '*.py'))])
NONE = glob.glob(os.path.join(HERE, 'no-such-*'))
PLAIN = [os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'glob_fnmatch_py2.py'))]
MAGIC = [glob.has_magic('a[b'), glob.has_magic('abc')]
TRANSLATED = [fnmatch.translate(p) for p in ['*.py', 'a?c', '[!a-c]*', '[]]', 'x[', '[^x]', 'a\\b']]
NAMES = ['a.py', 'b.txt', '.py', 'abc', 'axc', 'a]c', 'x[', 'data-1.csv', 'Z.PY', '-']


def entry_point(argv):
    print FOUND, NONE, PLAIN
    print MAGIC
    for t in TRANSLATED:
        print t
    for pat in ['*.py', 'a?c', '[abc]*', '[!a-c]*', '[]]*', 'x[', '*[.]*', '[a-]', '*-[0-9].csv', '?']:
        print pat, fnmatch.filter(NAMES, pat), fnmatch.fnmatch(argv[0][:0] + 'abc', pat)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
