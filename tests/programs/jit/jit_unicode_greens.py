# python2
# Greens holding unicode strings are compared by value for the green key, as RPython's warmstate
# compares them (equal_whatever: ll_streq for strings and unicode): an interpreter of a unicode
# program whose code string is built at run time, again for every call, shares one key (and one
# compiled loop) among the equal strings, and a green holding the current one-char instruction
# (u[i] makes a new string each time) repeats its key. Before session 21 such keys were the
# strings' identities: the loops never repeated a key, so nothing was compiled. The greens may
# also be None and empty.
import sys
from rpython.rlib.jit import JitDriver

vm = JitDriver(greens=["pc", "code"], reds=["acc", "n"],
               get_printable_location=lambda pc, code: "%d" % pc)
chars = JitDriver(greens=["c", "mode"], reds=["acc", "i", "text"])

UP = u"\u2191"
TIMES = u"\xd7"
BACK = u"\u21ba"


def make_code(k):
    parts = []
    for i in range(k):
        parts.append(UP)
    parts.append(TIMES)
    parts.append(BACK)
    return u"".join(parts)


def run(code, n):
    pc = 0
    acc = 1
    while pc < len(code):
        vm.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        c = code[pc]
        if c == UP:
            acc += 1
        elif c == TIMES:
            acc = (acc * 3) % 1000003
        elif c == BACK:
            if n > 0:
                n -= 1
                pc = 0
                continue
        pc += 1
    return acc


def weigh(text, mode):
    acc = 0
    i = 0
    while i < len(text):
        c = text[i]
        chars.jit_merge_point(c=c, mode=mode, acc=acc, i=i, text=text)
        if mode is None:
            acc += ord(c)
        elif c == mode:
            acc = acc * 2 % 65521
        else:
            acc = (acc + ord(c) * len(mode)) % 65521
        i += 1
    return acc


def entry_point(argv):
    total = 0
    for call in range(60):
        code = make_code(1 + call % 3)  # equal strings, new objects
        total = (total * 7 + run(code, 40 + call)) % 1000003
    print total
    print run(u"", 5), run(make_code(0), 3)
    text = (u"ab\u20ac" * 50 + u"\u4e2d") * 8
    for mode in [None, u"", u"b", u"\u20ac", u"b" + u""]:
        print weigh(text, mode), weigh(text[1:] + u"b", mode)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
