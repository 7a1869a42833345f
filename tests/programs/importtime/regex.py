# python2
# re at import time: a tokenizer table built from patterns, groups, sub with templates and
# functions, split, findall, lookarounds, backreferences, flags.
import re
import sys

OUT = []


def r(*args):
    OUT.append(' '.join([repr(a) for a in args]))


TOKENS = [('NUMBER', r'\d+(\.\d*)?'), ('NAME', r'[A-Za-z_]\w*'), ('OP', r'[-+*/=()]'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
TOKEN_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))


def tokenize(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind != 'SKIP':
            out.append((kind, m.group(kind)))
    return out


r(tokenize('x = 3.14 * (y + 42)'))
m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'hello big world')
r(m.group(), m.group(1), m.group(2, 3), m.groups(), m.span(2), m.start(3), m.end(), m.lastindex, m.re.pattern)
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'date: 2023-07-14')
r(m.group('year'), m.groupdict(), m.start(), m.string[m.end():], re.match(r'\d', 'x'), re.search(r'z', 'abc'))
r(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2'), re.findall(r'x*', 'axxb'), re.findall(r'(a)|b', 'ab'))
r(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host you@there'), re.sub(r'x*', '-', 'abc'))
r(re.sub(r'\d', lambda mm: str(int(mm.group()) * 2), 'a1b2c3'), re.subn(r'a', 'A', 'banana'), re.sub(r'a', 'A', 'banana', count=2))
r(re.sub(r'(?P<n>\d)', r'<\g<n>>', 'x1y2'), re.sub('a|e', '', 'apple pie'), re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
r(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'Words, words, words.', 1), re.split(r'x*', 'axbc'))
r(re.match(r'(?i)hello', 'HeLLo').group(), re.findall(r'^\w', 'a\nb\nc', re.M), re.findall(r'a.c', 'a\nc abc', re.S), re.match(r'.', '\n'))
r(re.findall(r'(\w)\1', 'aabbcd'), re.search(r'foo(?=bar)', 'foobaz foobar').start(), re.findall(r'(?<=\$)\d+', '$10 and 20 and $30'))
r(re.findall(r'\b\w', 'hello big world'), re.findall(r'a+?', 'aaa'), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'a{2,3}', 'aaaa').group())
r(re.escape('a.b*c'), re.match(r'x$', 'x\n') is not None, re.match(r'x\Z', 'x\n'), re.findall(r'[^a-c]+', 'abcxyzab'), re.findall(r'[\d.]+', '1.5,2'))
verbose = re.compile(r'''
    (\d+)   # digits
    \s*     # spaces
    ([a-z]+)  # letters
''', re.VERBOSE)
r(verbose.match('42 abc').groups(), re.compile(r'(?:ab)+').match('ababx').group(), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"quoted" rest').group())
r(re.match(r'(a)?b', 'b').group(1), re.match(r'(a)?b', 'b').groups('-'), re.match(r'(?(1)x)', 'x').group() if False else 'cond', re.purge())
try:
    re.compile(r'(unclosed')
except re.error as e:
    r('re.error')
NAMES = re.findall(r'[a-z]+', 'alpha, beta; gamma')


def entry_point(argv):
    for line in OUT:
        print line
    print ' '.join(NAMES)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
