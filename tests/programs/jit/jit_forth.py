# A small Forth in the style of real RPython interpreters: the source is compiled to a list of
# word tokens per definition; the portal's greens are the token index and the definition's name
# (a str) and its token list; definitions are found through an @elidable lookup in a dict keyed by
# name; the data stack is a list on a red object; user words call the portal again; errors (stack
# underflow, unknown word, division by zero) are exceptions caught at the top level, which goes
# on with the next line; a Cell is allocated for every variable fetch.
from __future__ import print_function
import sys
from rpython.rlib.jit import JitDriver, elidable, promote


class ForthError(Exception):
    def __init__(self, msg):
        self.msg = msg


class Cell(object):
    def __init__(self, value):
        self.value = value


class Machine(object):
    def __init__(self):
        self.stack = []
        self.words = {}
        self.variables = {}
        self.out = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def fetch(self, name):
        c = self.variables.get(name, None)
        if c is None:
            raise ForthError("unknown variable " + name)
        return Cell(c.value)


@elidable
def find_word(words, name):
    return words.get(name, None)


def location(pc, name, tokens):
    if pc < len(tokens):
        return "%s[%d] %s" % (name, pc, tokens[pc])
    return "%s[%d] end" % (name, pc)


driver = JitDriver(greens=["pc", "name", "tokens"], reds=["m"], get_printable_location=location)


def is_number(tok):
    if not tok:
        return False
    start = 0
    if tok[0] == "-" and len(tok) > 1:
        start = 1
    for i in range(start, len(tok)):
        if not tok[i].isdigit():
            return False
    return True


def matching(tokens, pc, open_word, close_word, stop):
    depth = 0
    while pc < len(tokens):
        t = tokens[pc]
        if t == open_word:
            depth += 1
        elif t == close_word:
            if depth == 0:
                return pc
            depth -= 1
        elif t == stop and depth == 0:
            return pc
        pc += 1
    raise ForthError("unbalanced " + open_word)


@elidable
def jump_target(tokens, pc, open_word, close_word, stop):
    return matching(tokens, pc, open_word, close_word, stop)


@elidable
def loop_start(tokens, pc):
    # the token after the matching "begin" before pc
    depth = 0
    i = pc - 1
    while i >= 0:
        if tokens[i] == "until":
            depth += 1
        elif tokens[i] == "begin":
            if depth == 0:
                return i + 1
            depth -= 1
        i -= 1
    raise ForthError("until without begin")


def run(name, tokens, m):
    pc = 0
    while pc < len(tokens):
        driver.jit_merge_point(pc=pc, name=name, tokens=tokens, m=m)
        tok = tokens[pc]
        pc += 1
        if is_number(tok):
            m.push(int(tok))
        elif tok == "+":
            b = m.pop()
            m.push(m.pop() + b)
        elif tok == "-":
            b = m.pop()
            m.push(m.pop() - b)
        elif tok == "*":
            b = m.pop()
            m.push(m.pop() * b)
        elif tok == "/":
            b = m.pop()
            a = m.pop()
            if b == 0:
                raise ForthError("division by zero")
            m.push(a // b)
        elif tok == "mod":
            b = m.pop()
            a = m.pop()
            if b == 0:
                raise ForthError("division by zero")
            m.push(a % b)
        elif tok == "<":
            b = m.pop()
            m.push(-1 if m.pop() < b else 0)
        elif tok == "=":
            b = m.pop()
            m.push(-1 if m.pop() == b else 0)
        elif tok == "dup":
            v = m.pop()
            m.push(v)
            m.push(v)
        elif tok == "drop":
            m.pop()
        elif tok == "swap":
            b = m.pop()
            a = m.pop()
            m.push(b)
            m.push(a)
        elif tok == "over":
            b = m.pop()
            a = m.pop()
            m.push(a)
            m.push(b)
            m.push(a)
        elif tok == ".":
            m.out.append(str(m.pop()))
        elif tok == "if":
            if m.pop() == 0:
                pc = jump_target(tokens, pc, "if", "then", "else") + 1
        elif tok == "else":
            pc = jump_target(tokens, pc, "if", "then", "") + 1
        elif tok == "then" or tok == "begin":
            pass
        elif tok == "until":
            if m.pop() == 0:
                pc = loop_start(tokens, pc - 1)
        elif tok == "!":
            vname = tokens[pc]
            pc += 1
            c = m.variables.get(vname, None)
            if c is None:
                m.variables[vname] = Cell(m.pop())
            else:
                c.value = m.pop()
        elif tok == "@":
            vname = tokens[pc]
            pc += 1
            m.push(m.fetch(vname).value)
        else:
            body = find_word(m.words, promote(tok))
            if body is None:
                raise ForthError("unknown word " + tok)
            run(tok, body, m)


def interpret(m, line):
    tokens = line.split()
    if len(tokens) >= 3 and tokens[0] == ":" and tokens[-1] == ";":
        m.words[tokens[1]] = tokens[2:-1]
        return
    try:
        run("main", tokens, m)
    except ForthError as e:
        m.out.append("error: " + e.msg)
        m.stack = []


PROGRAM = [
    ": square dup * ;",
    ": collatz-step dup 2 mod 0 = if 2 / else 3 * 1 + then ;",
    ": steps 0 ! n begin collatz-step @ n 1 + ! n dup 1 = until drop @ n ;",
    ": sumsq 0 ! acc begin dup square @ acc + ! acc 1 - dup 0 = until drop @ acc ;",
    "7 steps . 27 steps . 97 steps .",
    "NUM sumsq .",
    "1 2 + . 3 0 / .",
    "5 nosuchword",
    "drop",
    ": countdown begin dup . 1 - dup 0 < until drop ;",
    "12 countdown",
    ": fizz 1 ! i begin @ i 15 mod 0 = if 1 @ z + ! z then @ i 1 + ! i @ i NUM < 0 = until @ z . ;",
    "0 ! z fizz",
    "@ missing .",
]


def entry_point(argv):
    n = "300"
    if len(argv) > 1:
        n = argv[1]
    m = Machine()
    for line in PROGRAM:
        interpret(m, line.replace("NUM", n))
    print(" ".join(m.out))
    print(location(2, "square", m.words["square"]), location(9, "x", []))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
