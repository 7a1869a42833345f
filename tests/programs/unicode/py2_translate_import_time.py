# python2
# Python 2 translate at import time: str.translate(table, deletechars) with string.maketrans, a
# unicode table for a str, unicode.translate(dict) and python2.7's errors (its 'range(0x%lx)').
import string
OUT = []
t = string.maketrans('abc', 'xyz')
OUT.append(repr(('aabbcc'.translate(t), 'hello'.translate(None, 'l'), 'abc'.translate(t, 'b'))))
for args in [('ab', 'x'), (u'ab', u'xy'), ('\xe9', 'e')]:
    try:
        OUT.append(repr(string.maketrans(*args)[95:100]))
    except Exception as e:
        OUT.append('%s %s' % (type(e).__name__, e))
for tab in ['short', None, u'x' * 256, {97: 'x'}]:
    try:
        OUT.append(repr('abc'.translate(tab)))
    except Exception as e:
        OUT.append('%s %s' % (type(e).__name__, e))
for table in [{97: u'xyz'}, {97: None}, {97: 0x110000}, {97: 1.5}, {97: 'x'}, {97: -1}, {233: 97}, {97: '\xe9'}, {u'a': u'b'},
              string.maketrans('a', 'b')]:
    try:
        OUT.append(repr(u'abc\xe9'.translate(table)))
    except Exception as e:
        OUT.append('%s %s' % (type(e).__name__, e))


def entry_point(argv):
    for line in OUT:
        print line
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
