# Inline flags for part of a pattern, (?i:...), (?-i:...), (?s-i:...), (?x:...) (Python 3.6+),
# and global inline flags (?i) (?x) that start a pattern: constant patterns (compiled while
# translating) and the same patterns built at run time. A global flag elsewhere is an error.
import re
import sys

PATTERNS = ['(?i:a)b', 'a(?i:b)', '(?i)a(?-i:b)c', '(?x: a b # c\n)c d', '(?s-i:.)x', '(?m:^a)|^b',
            '(?i:(a))\\1', '(?i:[a-c]+)', '(?i)x(?-i:[a-c]+)', '(?ims)^a.b$', '(?x)a  b  # comment',
            '(?i:a(?-i:b)c)', '(?:(?i:x)|y)+z', '(?#c)(?i)a', 'a(?i)b', '(?i-i:a)', '(?-i)a', '(?i',
            '(?:(?i)a)', '|(?i)a', '(?-:a)', '(?i-a:b)']

WORD = re.compile(r'''
    (?i: the )      # any case
    \s+
    (?-i:[a-z]+)    # lower case only
''', re.VERBOSE)


def main():
    text = 'aAbB\nabAB c d abc ABC xaBC\nb\nAX xYz yxz aBc'
    if len(sys.argv) > 1:
        text = sys.argv[1]
    for p in PATTERNS:
        pat = (p + '.')[:-1]        # a pattern built at run time
        try:
            r = re.compile(pat)
            print(repr(p), r.findall(text), r.flags & 255, r.groups)
        except re.error:
            print(repr(p), 'error')
    print(re.findall(r'(?i:abc)', text), re.findall(r'a(?-i:B)c', text, re.I))
    print(re.findall(r'(?i)abc', text), re.sub(r'(?i:b+)', '-', text))
    print(re.findall(r'(?i:a(?-i:b)c)', text), re.findall(r'(?:(?i:x)|y)+z', text))
    print(re.findall(r'(?s:a.)b', 'a\nb a\nB'), re.findall(r'(?m:^\w)\w', 'ab\ncd\n ef'))
    print(WORD.findall('The cat, THE Dog, the dog, tHe end'))
    m = re.search(r'(?i:(?P<w>[a-z]+))-(?P=w)', 'Abc-abc ABC-ABC')
    print(m.group(0), m.group('w'), m.span())


main()
