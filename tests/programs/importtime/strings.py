# python2
# str and unicode methods at import time.
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


s = '  Hello, World  '
r(s.strip(), s.lstrip(), s.rstrip(), s.strip(' Hd'), 'xxhixx'.strip('x'), s.split(), s.split(','), 'a,b,,c'.split(','), 'a b  c'.split(' '))
r('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), '  a  b  '.rsplit(None, 1), 'a\nb\r\nc\rd\n'.splitlines(), 'x\ny\n'.splitlines(True))
r('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(str(i) for i in range(4)), u'-'.join(['a', u'b']), 'ab'.join('xyz'))
r('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'), 'hello'.find('l', 3), 'aaaa'.count('aa'), 'abc'.count(''))
r('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.replace('', '-'), 'hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'hello'.startswith('l', 2))
r('Hello World'.upper(), 'Hello World'.lower(), 'hello world'.title(), 'hello World'.capitalize(), 'Hello'.swapcase(), "they're bill's".title())
r('abc'.center(9, '*'), 'abc'.center(8), 'abc'.ljust(6, '.'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(6), 'a\tbc\td'.expandtabs(4), 'ab'.expandtabs())
r('abc'.isalpha(), 'a1'.isalnum(), '123'.isdigit(), ''.isdigit(), '  '.isspace(), 'ABC'.isupper(), 'abC'.islower(), 'Title Case'.istitle())
r('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
r('hello'[1:4], 'hello'[::-1], 'hello'[-3:], 'hello'[::2], 'hello'[10:], 'hello'[-100:2], 'hello'[4:1:-1])
r('abc' * 3, 3 * 'ab', 'a' + 'b', 'ab' < 'b', 'abc' in 'xabcx', 'z' not in 'abc', 'abc' == u'abc', min('hello'), max('hello'), sorted('hello'))
import string
r(string.ascii_lowercase, string.digits, string.capwords('hello big world'), 'hello'.translate(string.maketrans('el', 'ip')), 'hello'.translate(None, 'l'))
r(string.upper('abc'), string.join(['a', 'b'], '+'), string.atoi('42'), string.atoi('ff', 16), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
r(string.Template('$x and $$ and $y').safe_substitute({'x': 1}))
u = u'caf\xe9 na\xefve'
r(u, len(u), u.upper(), u[3], u[:4], u.split(), u.encode('utf-8'), 'caf\xc3\xa9'.decode('utf-8'), u.find(u'n'), type(u), unicode('abc'), unichr(233))
r(u'%s and %s' % (u'x', 'y'), 'ab'.encode('hex'), '6162'.decode('hex'), str(u'abc'), repr(u'\u1234\n'), ord(u'\xe9'), ord('a'), chr(97))
r('%s' % u'abc', type('%s' % u'abc'), 'abc'.encode('ascii'), u'x'.encode('latin-1'))
try:
    u'\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    r('UnicodeEncodeError')
try:
    'abc'.index('z')
except ValueError as e:
    r(str(e))
try:
    'a' + 1
except TypeError as e:
    r(str(e))

WORDS = 'the quick brown fox'.split()
TITLE = ' '.join(w.capitalize() for w in WORDS)


def entry_point(argv):
    for line in OUT:
        print line
    print TITLE, len(WORDS)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
