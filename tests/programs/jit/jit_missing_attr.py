# python2
# A field read in a JIT-traced loop where the object may be of a class that never sets the field:
# AttributeError from the compiled trace too (a plain field read there printed a sum).
from rpython.rlib.jit import JitDriver
driver = JitDriver(greens=[], reds=['pc', 'acc', 'toks'])


class Tok(object):
    pass


class Num(Tok):
    def __init__(self, v):
        self.start = v


class Err(Tok):
    def __init__(self):
        self.msg = 'bad'


def run(toks):
    acc = 0
    pc = 0
    while pc < len(toks):
        driver.jit_merge_point(pc=pc, acc=acc, toks=toks)
        t = toks[pc]
        acc += t.start
        pc += 1
    return acc


def entry_point(argv):
    toks = []
    for i in range(3000):
        toks.append(Num(i))
    print run(toks)
    toks.append(Err())
    try:
        print run(toks)
    except AttributeError as e:
        print 'caught', e
    return 0


def target(*a):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
