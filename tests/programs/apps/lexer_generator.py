from __future__ import print_function
import os, sys

SOURCE = """def add(a, b):
    return a + b  # sum
x = add(12, 30) * 2.5
if x >= 100: print("big")
"""


class Tok(object):
    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line


KEYWORDS = ["def", "return", "if", "print"]


def lex(src):
    i = 0
    line = 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c == " ":
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield Tok("kw" if word in KEYWORDS else "name", word, line)
            i = j
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Tok("num", src[i:j], line)
            i = j
        elif c == '"':
            j = src.find('"', i + 1)
            yield Tok("str", src[i + 1:j], line)
            i = j + 1
        else:
            if src[i:i + 2] in (">=", "<=", "==", "!="):
                yield Tok("op", src[i:i + 2], line)
                i += 2
            else:
                yield Tok("op", c, line)
                i += 1


def entry_point(argv):
    counts = {}
    for t in lex(SOURCE):
        counts[t.kind] = counts.get(t.kind, 0) + 1
        print(t.line, t.kind, t.text)
    print(sorted(counts.items()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
