# fnmatch in translated code (rpy's lib/std/fnmatch.py matches tokens, no regular expression):
# wildcards, classes, negated classes, a '[' without ']', ranges, a '-' at a class's end;
# glob.escape and glob.glob at import time.
import glob
import os
ESCAPED = glob.escape('a*b?[c]')
MISSING = glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'no-such-*.py'))
import sys
import fnmatch

def main(argv):
    names = ['a.py', 'b.txt', '.py', 'abc', 'axc', 'a]c', 'x[', 'data-1.csv', 'Z.PY', 'a\nb', '-', 'b-']
    for pat in ['*.py', 'a?c', '[abc]*', '[!a-c]*', '[]]*', '[!]]*', 'x[', '*[.]*', '**a*', '[a-]', '*-[0-9].csv', '?', 'a*b', '*']:
        print(pat, fnmatch.filter(names, pat), fnmatch.fnmatch(names[0], pat), fnmatch.fnmatchcase(argv[0][:0] + 'abc', pat))
    print(ESCAPED, MISSING)
    return 0

main(sys.argv)
