# A yield whose operand is a namedtuple built by a call, or a call whose value is known (None, a
# class): the operand runs once, in order, and g++ 12 compiles the generator (it crashed on the
# co_yield inside the statement expression holding the operand).
import re
from collections import namedtuple

Entry = namedtuple('Entry', 'ts host size')
LINE = re.compile(r'(\d+) (\S+) (\d+|-)')


class Marker(object):
    pass


def log(x):
    print("log", x)


def pick(x):
    print("pick", x)
    return Marker


def parse(lines):
    for ln in lines:
        m = LINE.match(ln)
        if not m:
            continue
        ts, host, size = m.groups()
        yield Entry(int(ts), host, 0 if size == '-' else int(size))


def logs(xs):
    for x in xs:
        yield log(x)


def picks(xs):
    for x in xs:
        yield pick(x)


def main():
    for e in parse(['1 alpha 30', 'junk', '2 beta -', '3 gamma 7']):
        print(e, e.ts + e.size)
    print(list(logs(['a', 'b'])))
    print([c is Marker for c in picks(['c', 'd'])])


main()
