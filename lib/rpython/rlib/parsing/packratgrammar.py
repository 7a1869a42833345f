"""NOT_RPYTHON: reads the grammar of a PackratParser class (its docstring)
into a tree of tuples that packratcode.py turns into methods.

A grammar is a list of productions `name: alternatives;` or, with
parameters, `name(a, b): alternatives;`.  Alternatives are separated by `|`;
each is a sequence of commands separated by white space:

  'text'           the characters themselves (no escapes)
  `regex`          the longest match of a regular expression (\\` is a `)
  name             another production; name({expr}, ...) passes arguments
  x*  x+  x?       repetitions (a list of the results) and an option
  !x               x must not match here (nothing is consumed)
  [x]              match x but keep the result before it
  <x>              the result of the whole sequence is x's
  (a | b)          grouping
  v = x            binds x's result to the Python name v
  return {expr}    the result is the Python expression
  if {cond}        fails unless cond holds; `do x if {cond}` tests after x
  choose v in {expr} cmds   tries cmds with v bound to each item

`#` starts a comment running to the end of the line.  The tree: ('or',
[alts]), ('seq', [cmds]), ('quote', s), ('regex', r), ('call', name,
[codes]), ('rep', '*' or '+', x), ('maybe', x), ('neg', x), ('lookahead',
x), ('ignore', x), ('exclusive', x), ('named', v, x), ('return', code),
('if', x or None, cond), ('choose', v, expr, x); a production is (name,
[params], tree)."""


class GrammarError(Exception):
    def __init__(self, message, source, pos):
        lineno = source.count("\n", 0, pos)
        column = pos - (source.rfind("\n", 0, pos) + 1)
        line = source.split("\n")[lineno]
        text = "line %d of the grammar: %s\n%s\n%s^" % (
            lineno + 1, message, line, " " * column)
        Exception.__init__(self, text)
        self.lineno = lineno
        self.column = column


NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
NAME_CHARS = NAME_START + "0123456789"
KEYWORDS = ("return", "do", "if", "choose")


class GrammarReader(object):
    def __init__(self, source):
        self.source = source
        self.pos = 0

    def error(self, message, pos=None):
        if pos is None:
            pos = self.pos
        raise GrammarError(message, self.source, pos)

    def peek(self):
        if self.pos < len(self.source):
            return self.source[self.pos]
        return ""

    def skip(self):
        source = self.source
        while self.pos < len(source):
            c = source[self.pos]
            if c in " \t\r\n":
                self.pos += 1
            elif c == "#":
                end = source.find("\n", self.pos)
                self.pos = len(source) if end < 0 else end + 1
            else:
                break

    def accept(self, text):
        self.skip()
        if self.source.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def expect(self, text):
        if not self.accept(text):
            self.error("expected '%s'" % (text,))

    def name_here(self):
        start = self.pos
        if self.peek() == "" or self.peek() not in NAME_START:
            return None
        while self.peek() != "" and self.peek() in NAME_CHARS:
            self.pos += 1
        return self.source[start:self.pos]

    def name(self):
        self.skip()
        result = self.name_here()
        if result is None:
            self.error("expected a name")
        return result

    def code(self):
        self.skip()
        if self.peek() != "{":
            self.error("expected Python code in braces")
        end = self.pos + 1
        while end < len(self.source) and self.source[end] not in "}\n":
            end += 1
        if end >= len(self.source) or self.source[end] != "}":
            self.error("Python code in braces must end with '}' on its line")
        result = self.source[self.pos + 1:end]
        self.pos = end + 1
        return result

    def read(self):
        productions = []
        self.skip()
        while self.pos < len(self.source):
            productions.append(self.production())
            self.skip()
        if not productions:
            self.error("the grammar has no production")
        return productions

    def production(self):
        name = self.name()
        params = []
        self.skip()
        if self.peek() == "(":
            self.pos += 1
            params.append(self.name())
            while self.accept(","):
                params.append(self.name())
            self.expect(")")
        self.expect(":")
        tree = self.alternatives()
        self.expect(";")
        return (name, params, tree)

    def alternatives(self):
        alts = [self.sequence()]
        while self.accept("|"):
            alts.append(self.sequence())
        if len(alts) == 1:
            return alts[0]
        return ("or", alts)

    def sequence(self):
        cmds = []
        while True:
            self.skip()
            c = self.peek()
            if c == "" or c in "|;)]>":
                break
            cmds.append(self.command())
        if len(cmds) == 1:
            return cmds[0]
        return ("seq", cmds)

    def keyword(self):
        """The keyword starting here, if a whole word, else None."""
        start = self.pos
        word = self.name_here()
        self.pos = start
        if word in KEYWORDS:
            return word
        return None

    def command(self):
        start = self.pos
        word = self.keyword()
        if word == "return":
            self.pos += len(word)
            self.skip()
            if self.peek() == "{":
                return ("return", self.code())
            self.pos = start
        elif word == "if":
            self.pos += len(word)
            self.skip()
            if self.peek() == "{":
                return ("if", None, self.code())
            self.pos = start
        elif word == "do":
            self.pos += len(word)
            cmd = self.command()
            self.skip()
            if self.keyword() != "if":
                self.error("expected 'if {condition}' after 'do' and its command")
            self.pos += 2
            return ("if", cmd, self.code())
        elif word == "choose":
            self.pos += len(word)
            var = self.name()
            self.skip()
            if self.keyword() is not None or self.name_here() != "in":
                self.error("expected 'in' after 'choose %s'" % (var,))
            expr = self.code()
            return ("choose", var, expr, self.sequence())
        name = self.name_here()
        if name is not None:
            self.skip()
            if self.peek() == "=" and not self.source.startswith("==", self.pos):
                self.pos += 1
                return ("named", name, self.command())
            self.pos = start
        return self.negation()

    def negation(self):
        self.skip()
        if self.peek() == "!":
            self.pos += 1
            inner = self.negation()
            if inner[0] == "neg":
                return ("lookahead", inner[1])
            return ("neg", inner)
        what = self.enclosed()
        save = self.pos
        self.skip()
        c = self.peek()
        if c == "?":
            self.pos += 1
            return ("maybe", what)
        if c == "*" or c == "+":
            self.pos += 1
            return ("rep", c, what)
        self.pos = save
        return what

    def enclosed(self):
        self.skip()
        c = self.peek()
        if c == "<":
            self.pos += 1
            what = self.primary()
            self.expect(">")
            return ("exclusive", what)
        if c == "[":
            self.pos += 1
            what = self.alternatives()
            self.expect("]")
            return ("ignore", what)
        if c == "(":
            self.pos += 1
            what = self.alternatives()
            self.expect(")")
            return what
        return self.primary()

    def primary(self):
        self.skip()
        c = self.peek()
        start = self.pos
        if c == "'":
            end = self.source.find("'", self.pos + 1)
            if end < 0:
                self.error("unterminated quoted text")
            self.pos = end + 1
            return ("quote", self.source[start + 1:end])
        if c == "`":
            i = self.pos + 1
            chars = []
            while i < len(self.source) and self.source[i] != "`":
                if self.source[i] == "\\" and i + 1 < len(self.source):
                    if self.source[i + 1] == "`":
                        chars.append("`")
                    else:
                        chars.append(self.source[i:i + 2])
                    i += 2
                else:
                    chars.append(self.source[i])
                    i += 1
            if i >= len(self.source):
                self.error("unterminated regular expression")
            self.pos = i + 1
            return ("regex", "".join(chars), start)
        name = self.name_here()
        if name is None:
            self.error("expected a production, 'text' or `regex`")
        args = []
        if self.peek() == "(":
            save = self.pos
            self.pos += 1
            self.skip()
            if self.peek() == "{":
                args.append(self.code())
                while self.accept(","):
                    args.append(self.code())
                self.expect(")")
            else:
                self.pos = save
        return ("call", name, args)


def read_grammar(source):
    return GrammarReader(source).read()
