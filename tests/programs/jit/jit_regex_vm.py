# A backtracking regex VM in the style of real RPython matchers: a pattern compiled to a list of
# instruction objects (the list and the pc green, a bool green saying whether the VM is failing
# back), choice points as a linked list of objects allocated per alternative, can_enter_jit at
# backward jumps, a second JitDriver for an inner span loop (greens: the instruction object,
# reds listed), promote of the pc, a promoted stack depth of a frame with list slots, and
# @elidable scans of the instruction list.
from __future__ import print_function
import sys
from rpython.rlib import jit

CHAR, ANY, SPLIT, JMP, MATCH, SPAN, SAVE = range(7)
OPNAMES = ["char", "any", "split", "jmp", "match", "span", "save"]


class Instr(object):
    _immutable_fields_ = ["op", "ch", "x", "y", "chars"]

    def __init__(self, op, ch="", x=0, y=0, chars=""):
        self.op = op
        self.ch = ch
        self.x = x
        self.y = y
        self.chars = chars

    def has(self, c):
        return self.chars.find(c) >= 0


class Choice(object):
    _immutable_fields_ = ["pc", "index", "prev", "saves"]

    def __init__(self, pc, index, prev, saves):
        self.pc = pc
        self.index = index
        self.prev = prev
        self.saves = saves


class Saves(object):
    def __init__(self):
        self.slots = [-1] * 4
        self.depth = 0

    def copy(self):
        s = Saves()
        for i in range(4):
            s.slots[i] = self.slots[i]
        s.depth = self.depth
        return s


def location(pc, failing, prog):
    if failing:
        return "%d %s FAIL" % (pc, OPNAMES[prog[pc].op])
    return "%d %s" % (pc, OPNAMES[prog[pc].op])


driver = jit.JitDriver(greens=["pc", "failing", "prog"], reds=["index", "text", "choices", "saves"],
                       get_printable_location=location)


def span_location(instr):
    return "span " + instr.chars


span_driver = jit.JitDriver(greens=["instr"], reds=["index", "text"], get_printable_location=span_location)


def span(instr, text, index):
    while index < len(text):
        span_driver.jit_merge_point(instr=instr, index=index, text=text)
        if not instr.has(text[index]):
            break
        index += 1
    return index


@jit.elidable
def count_chars(prog, pc):
    n = 0
    while pc + n < len(prog) and prog[pc + n].op == CHAR:
        n += 1
    return n


def run(prog, text, start):
    pc = 0
    index = start
    failing = False
    choices = None
    saves = Saves()
    while True:
        driver.jit_merge_point(pc=pc, failing=failing, prog=prog, index=index, text=text,
                               choices=choices, saves=saves)
        if failing:
            if choices is None:
                return None
            pc = jit.promote(choices.pc)
            index = choices.index
            saves = choices.saves
            choices = choices.prev
            failing = False
            continue
        instr = prog[pc]
        op = instr.op
        if op == CHAR:
            n = count_chars(prog, pc)
            k = 0
            while k < n:
                if index + k >= len(text) or text[index + k] != prog[pc + k].ch:
                    break
                k += 1
            if k < n:
                failing = True
            else:
                pc += n
                index += n
        elif op == ANY:
            if index >= len(text):
                failing = True
            else:
                pc += 1
                index += 1
        elif op == SPLIT:
            choices = Choice(instr.y, index, choices, saves.copy())
            pc = instr.x
        elif op == JMP:
            if instr.x < pc:
                pc = instr.x
                driver.can_enter_jit(pc=pc, failing=failing, prog=prog, index=index, text=text,
                                     choices=choices, saves=saves)
            else:
                pc = instr.x
        elif op == SPAN:
            index = span(instr, text, index)
            pc += 1
        elif op == SAVE:
            d = jit.promote(saves.depth)
            saves.slots[instr.x] = index
            saves.depth = d + 1
            pc += 1
        elif op == MATCH:
            return saves


def compile_pattern(pat):
    # literal chars, '.', 'x*' (greedy), '[abc]+' as a span, and '(' ')' as saves 0/1
    prog = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "[":
            j = pat.find("]", i)
            prog.append(Instr(SPAN, chars=pat[i + 1:j]))
            i = j + 2
            continue
        if c == "(":
            prog.append(Instr(SAVE, x=0))
            i += 1
            continue
        if c == ")":
            prog.append(Instr(SAVE, x=1))
            i += 1
            continue
        if i + 1 < len(pat) and pat[i + 1] == "*":
            top = len(prog)
            prog.append(Instr(SPLIT, x=top + 1, y=top + 3))
            if c == ".":
                prog.append(Instr(ANY))
            else:
                prog.append(Instr(CHAR, ch=c))
            prog.append(Instr(JMP, x=top))
            i += 2
            continue
        if c == ".":
            prog.append(Instr(ANY))
        else:
            prog.append(Instr(CHAR, ch=c))
        i += 1
    prog.append(Instr(MATCH))
    return prog


def search(prog, text):
    for start in range(len(text) + 1):
        saves = run(prog, text, start)
        if saves is not None:
            return "%d %d %s" % (start, saves.depth, text[saves.slots[0]:saves.slots[1]])
    return "no match"


def entry_point(argv):
    n = 20
    if len(argv) > 1:
        n = int(argv[1])
    texts = ["ab" * n + "abc", "x" * n + "yabcab", "aaaa" * n, "the cat sat on the mat " * (n // 8 + 1)]
    patterns = ["(a*b*c)", "(.*c)ab", "y(ab*)c", "(a*ab)", "([a-z ]+mat)", "t(he c.t)", "(b.*)b"]
    for pat in patterns:
        prog = compile_pattern(pat)
        for text in texts:
            print(pat, len(text), search(prog, text))
    print(location(0, True, compile_pattern("ab")), span_location(Instr(SPAN, chars="xy")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
