# Source built at import time and run with exec is parsed then; its syntax errors are Python
# SyntaxErrors raised by the exec.
NAMES = ['a', 'b', 'c d']
for n in NAMES:
    exec '%s = %r' % (n, n)


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
