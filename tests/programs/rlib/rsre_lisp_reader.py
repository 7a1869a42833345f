# python2
# A Lisp reader that tokenizes with rpython.rlib.rsre: rsre_core.match over patterns made by
# rpy.get_code at import time (a str and a unicode source), then rsre_re for the rest of the API.
from rpython.rlib.rsre import rsre_core, rsre_re
from rpython.rlib.rsre.rpy import get_code

TOKENS = [
    ("space", get_code(r"\s+")),
    ("comment", get_code(r";[^\n]*")),
    ("open", get_code(r"[(\[]")),
    ("close", get_code(r"[)\]]")),
    ("quote", get_code(r"'")),
    ("float", get_code(r"-?\d+\.\d*(?:[eE][-+]?\d+)?")),
    ("int", get_code(r"-?\d+(?![\w.])")),
    ("string", get_code(r'"(?:[^"\\]|\\.)*"')),
    ("symbol", get_code(r"[a-zA-Z_!?*<>=/+-][\w!?*<>=/+-]*")),
]


class Node(object):
    def show(self):
        raise NotImplementedError


class Atom(Node):
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def show(self):
        return self.kind + ":" + self.text


class List(Node):
    def __init__(self, items):
        self.items = items

    def show(self):
        return "(" + " ".join([item.show() for item in self.items]) + ")"


class ReadError(Exception):
    def __init__(self, msg):
        self.msg = msg


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        for kind, code in TOKENS:
            ctx = rsre_core.match(code, text, pos)
            if ctx is not None:
                if kind != "space" and kind != "comment":
                    tokens.append((kind, text[ctx.match_start:ctx.match_end]))
                pos = ctx.match_end
                break
        else:
            raise ReadError("cannot read %s at %d" % (text[pos:pos + 5], pos))
    return tokens


def count_unicode_tokens(text):
    n = 0
    pos = 0
    while pos < len(text):
        for kind, code in TOKENS:
            ctx = rsre_core.match(code, text, pos)
            if ctx is not None:
                if kind != "space":
                    n += 1
                pos = ctx.match_end
                break
        else:
            pos += 1
    return n


def parse(tokens, i):
    kind, text = tokens[i]
    if kind == "open":
        items = []
        i += 1
        while i < len(tokens) and tokens[i][0] != "close":
            node, i = parse(tokens, i)
            items.append(node)
        if i >= len(tokens):
            raise ReadError("missing )")
        return List(items), i + 1
    if kind == "quote":
        node, i = parse(tokens, i + 1)
        return List([Atom("symbol", "quote"), node]), i
    if kind == "close":
        raise ReadError("unexpected )")
    return Atom(kind, text), i + 1


STRING_ESCAPE = rsre_re.compile(r"\\(.)")
NUMBER = rsre_re.compile(r"(?P<sign>-)?(?P<digits>\d+)(?:\.(?P<frac>\d*))?")
WORDS = rsre_re.compile(r"[a-z]+")
DEFINE = rsre_re.compile(r"\(define\s+\(?([\w-]+)", rsre_re.I)


def unescape(m):
    c = m.group(1)
    if c == "n":
        return "\n"
    return c


def entry_point(argv):
    source = """
    ; factorial, the usual way
    (define (fact n)
      (if (<= n 1) 1 (* n (fact (- n 1)))))
    (DEFINE greeting "hello \\"world\\"\\n")
    (print (fact 10) 'sym [1.5 -2 3.e5] -7.25e-3)
    """
    tokens = tokenize(source)
    print len(tokens)
    i = 0
    while i < len(tokens):
        node, i = parse(tokens, i)
        print node.show()
    for kind, text in tokens:
        if kind == "string":
            print repr(STRING_ESCAPE.sub(unescape, text[1:-1]))
        elif kind == "int" or kind == "float":
            m = NUMBER.match(text)
            print text, m.group("sign"), m.group("digits"), m.group("frac"), m.span("digits"), m.groups()
    print DEFINE.findall(source), WORDS.findall("the (quick) brown-fox"), len(WORDS.findall(source))
    print rsre_re.split(r"\s*[,;]\s*", "a, b ;c,d"), rsre_re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work")
    print rsre_re.match(r"(\d+)-(\d+)", "12-345").groups(), rsre_re.search(r"x+", "abc") is None
    print rsre_re.sub(r"a|(b)", r"[\g<0>]", "cabbage", 3), rsre_re.subn("o", "0", "foo boo")
    for m in rsre_re.finditer(r"\((\w+)", source):
        print m.group(1), m.start(), m.end(),
    print
    print count_unicode_tokens(u"(display \"\u00e9t\u00e9\" 42 caf\u00e9)")
    try:
        tokenize("(ok) #bad")
    except ReadError as e:
        print "ReadError:", e.msg
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
