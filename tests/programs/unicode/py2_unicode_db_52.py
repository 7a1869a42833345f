# python2
# Python 2 unicode predicates follow python2.7's own Unicode database (5.2), at import time and in
# translated code; rpy answered with Python 3.11's (14.0): u'\u037f'.isalpha() (a letter added in
# Unicode 7.0) was True where python2.7 says False, u'\u19da'.isdecimal() False where it says True.
# istitle() of text that is not ASCII tested bytes at import time (u'\xc9t\xe9'.istitle() False).
import sys

CPS = [0x37f, 0x10fd, 0xa7aa, 0x2c2f, 0x560, 0x19da, 0x3000, 0x1c, 0x663, 0xb2, 0x2183, 0x1e9e, 0x41, 0x61]


def preds(c):
    return [c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(),
            c.isalnum()]


AT_IMPORT = [preds(unichr(cp)) for cp in CPS]
TITLES = [w.istitle() for w in [u'\xc9t\xe9', u'\xe9t\xe9', u'\u01c5a B', u'\u01c5A', u'\u0130stanbul', u'\u037fa', u'']]


def entry_point(argv):
    t = argv[0][:0].decode('ascii')
    for k in range(len(CPS)):
        now = preds(unichr(CPS[k]) + t)
        print hex(CPS[k]), now, now == AT_IMPORT[k]
    print TITLES
    print preds(u'\u037f\u0391' + t), preds(u'\u0663\u19da' + t), preds(u'\u3000\x1c' + t)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
