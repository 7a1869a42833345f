"""A JSON tokenizer and parser: a document of 1000 records (objects with
strings, escapes, ints, floats, booleans, null, nested arrays and objects) is
generated deterministically, then tokenized, parsed into a tree of value
objects, summarised and written back out as text, N times over.

    python3 json_parse.py N
"""
import sys


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % 4294967296
        return (self.state >> 8) % n


WORDS = ["alpha", "beta", "gamma", "delta", "red", "green", "blue", "north",
         "south", "tea", "coffee", "a \"quoted\" word", "back\\slash", "tab\there",
         "line\nbreak", "caf\u00e9"]


def quote(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif ord(c) > 126:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def make_document(records):
    rng = Random(2024)
    parts = []
    for i in range(records):
        tags = ", ".join([quote(WORDS[rng.next(len(WORDS))]) for _ in range(rng.next(5))])
        parent = "null" if rng.next(3) == 0 else str(rng.next(i + 1))
        parts.append('{"id": %d, "name": %s, "price": %d.%02d, "active": %s, "parent": %s, '
                     '"tags": [%s], "size": {"w": %d, "h": %d.5, "scale": -%de-3}}'
                     % (i, quote("item %d %s" % (i, WORDS[rng.next(len(WORDS))])),
                        rng.next(1000), rng.next(100), "true" if rng.next(2) else "false",
                        parent, tags, rng.next(500), rng.next(500), rng.next(1000)))
    return "[\n  " + ",\n  ".join(parts) + "\n]\n"


# ---- values -------------------------------------------------------------------

class Stats(object):
    def __init__(self):
        self.objects = 0
        self.arrays = 0
        self.strings = 0
        self.text_length = 0
        self.int_total = 0
        self.float_total = 0.0
        self.trues = 0
        self.nulls = 0


class Value(object):
    def summarize(self, stats):
        raise NotImplementedError("summarize")

    def dump(self, out):
        raise NotImplementedError("dump")


class Object(Value):
    def __init__(self, members):
        self.members = members

    def summarize(self, stats):
        stats.objects += 1
        for key, value in self.members.items():
            stats.text_length += len(key)
            value.summarize(stats)

    def dump(self, out):
        out.append("{")
        first = True
        for key, value in self.members.items():
            if not first:
                out.append(", ")
            first = False
            out.append(quote(key))
            out.append(": ")
            value.dump(out)
        out.append("}")


class Array(Value):
    def __init__(self, items):
        self.items = items

    def summarize(self, stats):
        stats.arrays += 1
        for item in self.items:
            item.summarize(stats)

    def dump(self, out):
        out.append("[")
        for i, item in enumerate(self.items):
            if i > 0:
                out.append(", ")
            item.dump(out)
        out.append("]")


class String(Value):
    def __init__(self, value):
        self.value = value

    def summarize(self, stats):
        stats.strings += 1
        stats.text_length += len(self.value)

    def dump(self, out):
        out.append(quote(self.value))


class Int(Value):
    def __init__(self, value):
        self.value = value

    def summarize(self, stats):
        stats.int_total += self.value

    def dump(self, out):
        out.append(str(self.value))


class Float(Value):
    def __init__(self, value):
        self.value = value

    def summarize(self, stats):
        stats.float_total += self.value

    def dump(self, out):
        out.append(repr(self.value))


class Bool(Value):
    def __init__(self, value):
        self.value = value

    def summarize(self, stats):
        if self.value:
            stats.trues += 1

    def dump(self, out):
        out.append("true" if self.value else "false")


class Null(Value):
    def summarize(self, stats):
        stats.nulls += 1

    def dump(self, out):
        out.append("null")


# ---- tokens -------------------------------------------------------------------

PUNCT = 0
STRING = 1
NUMBER = 2
WORD = 3
END = 4


class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos


class ParseError(Exception):
    pass


ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c in "{}[]:,":
            tokens.append(Token(PUNCT, c, i))
            i += 1
        elif c == '"':
            start = i
            i += 1
            chars = []
            while True:
                if i >= n:
                    raise ParseError("unterminated string at %d" % start)
                c = text[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\':
                    e = text[i + 1]
                    if e == 'u':
                        chars.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    elif e in ESCAPES:
                        chars.append(ESCAPES[e])
                        i += 2
                    else:
                        raise ParseError("bad escape at %d" % i)
                else:
                    chars.append(c)
                    i += 1
            tokens.append(Token(STRING, "".join(chars), start))
        elif c == '-' or c.isdigit():
            start = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                i += 1
            tokens.append(Token(NUMBER, text[start:i], start))
        elif c.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            tokens.append(Token(WORD, text[start:i], start))
        else:
            raise ParseError("unexpected %r at %d" % (c, i))
    tokens.append(Token(END, "", n))
    return tokens


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def next(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, text):
        token = self.next()
        if token.kind != PUNCT or token.text != text:
            raise ParseError("expected %s at %d" % (text, token.pos))

    def parse_value(self):
        token = self.next()
        if token.kind == PUNCT:
            if token.text == "{":
                return self.parse_object()
            if token.text == "[":
                return self.parse_array()
        elif token.kind == STRING:
            return String(token.text)
        elif token.kind == NUMBER:
            if "." in token.text or "e" in token.text or "E" in token.text:
                return Float(float(token.text))
            return Int(int(token.text))
        elif token.kind == WORD:
            if token.text == "true":
                return Bool(True)
            if token.text == "false":
                return Bool(False)
            if token.text == "null":
                return Null()
        raise ParseError("unexpected token %r at %d" % (token.text, token.pos))

    def parse_object(self):
        members = {}
        if self.tokens[self.pos].text == "}":
            self.pos += 1
            return Object(members)
        while True:
            key = self.next()
            if key.kind != STRING:
                raise ParseError("expected a key at %d" % key.pos)
            self.expect(":")
            members[key.text] = self.parse_value()
            token = self.next()
            if token.text == "}":
                return Object(members)
            if token.text != ",":
                raise ParseError("expected , or } at %d" % token.pos)

    def parse_array(self):
        items = []
        if self.tokens[self.pos].text == "]":
            self.pos += 1
            return Array(items)
        while True:
            items.append(self.parse_value())
            token = self.next()
            if token.text == "]":
                return Array(items)
            if token.text != ",":
                raise ParseError("expected , or ] at %d" % token.pos)


def parse(text):
    parser = Parser(tokenize(text))
    value = parser.parse_value()
    if parser.tokens[parser.pos].kind != END:
        raise ParseError("trailing data")
    return value


def main(rounds):
    text = make_document(1000)
    stats = Stats()
    dumped = 0
    for _ in range(rounds):
        document = parse(text)
        document.summarize(stats)
        out = []
        document.dump(out)
        dumped += len("".join(out))
    print("%d rounds of %d characters: %d objects, %d arrays, %d strings (%d characters)"
          % (rounds, len(text), stats.objects, stats.arrays, stats.strings, stats.text_length))
    print("ints %d, floats %.6f, %d true, %d null, %d characters written"
          % (stats.int_total, stats.float_total, stats.trues, stats.nulls, dumped))


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
