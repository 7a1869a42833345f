"""NOT_RPYTHON: parse_regex(text), the regular expressions of RPython's EBNF
grammars: | alternatives, * + ? and {n} {n,} {n,m} repetitions, ( ) groups,
[...] and [^...] character sets, . (any character), the classes \\d \\s \\w
\\D \\S \\W and the escapes of unescape.  Returns the expression of regex.py,
or None when text is not a regular expression."""

from rpython.rlib.parsing.regex import StringExpression, RangeExpression

ESCAPES = {
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
}

OCTAL = "01234567"
HEX = "0123456789abcdefABCDEF"


def _control(char):
    # \cX: X upper-cased with bit 6 flipped, as PCRE does
    return chr(ord(char.upper()) ^ 0x40)


def unescape_muncher(string):
    """(the first character of string with its escape resolved, the rest)."""
    if string[0] != "\\" or len(string) == 1:
        return string[0], string[1:]
    second = string[1]
    if second == "x":
        return chr(int(string[2:4], 16)), string[4:]
    if second in OCTAL:
        end = 2
        while end < 4 and end < len(string) and string[end] in OCTAL:
            end += 1
        return chr(int(string[1:end], 8) & 0xff), string[end:]
    if second == "c" and len(string) > 2:
        return _control(string[2]), string[3:]
    if second in ESCAPES:
        return ESCAPES[second], string[2:]
    return second, string[2:]


def unescape(s):
    """s with its backslash escapes resolved."""
    result = []
    while s:
        char, s = unescape_muncher(s)
        result.append(char)
    return "".join(result)


ALL = [chr(c) for c in range(256)]
DIGITS = [chr(c) for c in range(ord("0"), ord("9") + 1)]
SPACES = ["\t", "\n", "\f", "\r", " "]
WORD = ([chr(c) for c in range(ord("a"), ord("z") + 1)] +
        [chr(c) for c in range(ord("A"), ord("Z") + 1)] + DIGITS + ["_"])
CLASSES = {"d": DIGITS, "s": SPACES, "w": WORD}

# characters that are not themselves outside a set
SPECIAL = "*+()[]{|.-?^\\"


class RegexSyntaxError(Exception):
    pass


def set_expression(chars):
    """The expression matching one of chars, a run of consecutive
    characters as one range."""
    codes = sorted(set([ord(c) for c in chars]))
    if not codes:
        raise RegexSyntaxError("empty set")
    result = None
    k = 0
    while k < len(codes):
        first = codes[k]
        while k + 1 < len(codes) and codes[k + 1] == codes[k] + 1:
            k += 1
        part = RangeExpression(chr(first), chr(codes[k]))
        result = part if result is None else result | part
        k += 1
    return result


class RegexParser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self, offset=0):
        if self.pos + offset < len(self.text):
            return self.text[self.pos + offset]
        return ""

    def parse(self):
        result = self.regex()
        if self.pos != len(self.text):
            raise RegexSyntaxError("unexpected %r" % self.peek())
        return result

    def regex(self):
        result = self.concatenation()
        if self.peek() == "|":
            self.pos += 1
            result = result | self.regex()
        return result

    def concatenation(self):
        result = StringExpression("")
        while self.peek() not in ("", "|", ")"):
            result = result + self.repetition()
        return result

    def repetition(self):
        if self.peek() == "{":
            self.pos += 1
            return StringExpression("{")
        item = self.primary()
        char = self.peek()
        if char == "*":
            self.pos += 1
            return item.kleene()
        if char == "+":
            self.pos += 1
            return item + item.kleene()
        if char == "?":
            self.pos += 1
            return StringExpression("") | item
        if char == "{":
            counts = self.counts()
            if counts is not None:
                low, high = counts
                if high == -1:
                    return item * low + item.kleene()
                optional = StringExpression("")
                for n in range(1, high - low + 1):
                    optional = optional | item * n
                return item * low + optional
        return item

    def number(self):
        start = self.pos
        if self.peek() == "0":
            self.pos += 1
        else:
            while self.peek() != "" and self.peek() in "0123456789":
                self.pos += 1
        if self.pos == start:
            return -1
        return int(self.text[start:self.pos])

    def counts(self):
        """{n} {n,} {n,m} after an item: (n, m), m -1 for no limit; None
        (and nothing read) when the brace does not start one."""
        start = self.pos
        self.pos += 1
        low = self.number()
        if low >= 0:
            if self.peek() == "}":
                self.pos += 1
                return low, low
            if self.peek() == ",":
                self.pos += 1
                if self.peek() == "}":
                    self.pos += 1
                    return low, -1
                high = self.number()
                if high >= 0 and self.peek() == "}":
                    self.pos += 1
                    return low, high
        self.pos = start
        return None

    def primary(self):
        char = self.peek()
        if char == "(":
            self.pos += 1
            result = self.regex()
            if self.peek() != ")":
                raise RegexSyntaxError("missing )")
            self.pos += 1
            return result
        if char == "[":
            self.pos += 1
            chars = self.set_inner()
            return set_expression(chars)
        if char == ".":
            self.pos += 1
            return RangeExpression(chr(0), chr(255))
        if char == "-" or char == "]":
            self.pos += 1
            return StringExpression(char)
        classchars = self.charclass()
        if classchars is not None:
            return set_expression(classchars)
        return StringExpression(self.char())

    def charclass(self):
        if self.peek() == "\\" and self.peek(1) != "":
            letter = self.peek(1)
            if letter.lower() in CLASSES:
                self.pos += 2
                chars = CLASSES[letter.lower()]
                if letter.isupper():
                    chars = [c for c in ALL if c not in chars]
                return chars
        return None

    def char(self):
        char = self.peek()
        if char == "":
            raise RegexSyntaxError("unexpected end")
        if char == "\\":
            rest = self.text[self.pos:]
            if len(rest) == 1:
                self.pos += 1
                return "\\"
            if rest[1] == "x" and (len(rest) < 4 or rest[2] not in HEX or
                                   rest[3] not in HEX):
                raise RegexSyntaxError("bad \\x escape")
            result, rest = unescape_muncher(rest)
            self.pos = len(self.text) - len(rest)
            return result
        if char in SPECIAL:
            raise RegexSyntaxError("unexpected %r" % char)
        self.pos += 1
        return char

    def set_inner(self):
        negate = False
        if self.peek() == "^":
            negate = True
            self.pos += 1
        chars = []
        if self.peek() == "]":
            chars.append("]")
            self.pos += 1
        while self.peek() != "]":
            if self.peek() == "":
                raise RegexSyntaxError("missing ]")
            classchars = self.charclass()
            if classchars is not None:
                chars.extend(classchars)
                continue
            char = self.peek()
            if char != "\\":
                # inside a set every character but \ and ] is itself
                self.pos += 1
            else:
                char = self.char()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                last = self.peek()
                if last == "\\":
                    last = self.char()
                else:
                    self.pos += 1
                chars.extend([chr(c) for c in range(ord(char), ord(last) + 1)])
            else:
                chars.append(char)
        self.pos += 1
        if negate:
            chars = [c for c in ALL if c not in chars]
        return chars


def parse_regex(s):
    try:
        return RegexParser(s).parse()
    except RegexSyntaxError:
        return None


def make_runner(regex, view=False):
    """A DFARunner whose recognize(s) says whether regex matches all of s."""
    return parse_regex(regex).make_automaton().make_deterministic().get_runner()
