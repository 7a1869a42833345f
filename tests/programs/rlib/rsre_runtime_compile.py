# python2
# rpython.rlib.rsre in translated code with patterns built at run time: rsre_re.compile then runs
# the parser and compiler translated; errors in a pattern raise rsre_re.error.
from rpython.rlib.rsre import rsre_re, rsre_core
from rpython.rlib.rsre.rpy import get_code

WORD = get_code(r"(?i)[a-z]+")


def pattern_for(words):
    return "(" + "|".join([rsre_re.escape(w) for w in words]) + r")\b"


def entry_point(argv):
    words = ["if", "else", "while", "a.b"]
    for i in range(len(argv) - 1):
        words.append(argv[i + 1])
    keyword = rsre_re.compile(pattern_for(words))
    text = "if x: while y else z; a.b and axb; elsewhere"
    print keyword.findall(text)
    print keyword.sub(r"<\1>", text)
    print keyword.split(text)
    m = keyword.search(text, 3)
    print m.group(0), m.group(1), m.span(), m.start(1), m.end()
    for flags in [0, rsre_re.I, rsre_re.M | rsre_re.S]:
        p = rsre_re.compile("^(\\w+)(?:.x)?$", flags)
        print flags, p.findall("Ab\nCDx"), p.match("Ab") is not None
    for bad in ["(a", "a)", "*", "[b-a]", "a{3,1}"]:
        try:
            rsre_re.compile(bad)
            print bad, "compiled"
        except rsre_re.error as e:
            print bad, "error:", e.msg
    n = 0
    pos = 0
    s = "Hello, World: 42 times"
    while True:
        ctx = rsre_core.search(WORD, s, pos)
        if ctx is None:
            break
        n += 1
        print ctx.match_start, ctx.match_end, ctx.group(0),
        pos = ctx.match_end
    print n
    long_subject = "ab" * 50000 + "c"
    print rsre_re.compile("(?:ab)*c").match(long_subject).end(), rsre_re.compile("[ab]*?c").search(long_subject).end()
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
