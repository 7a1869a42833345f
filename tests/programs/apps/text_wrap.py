from __future__ import print_function
import os, sys

TEXT = ("RPython is a restricted subset of Python that is amenable to static analysis. "
        "Although there are additions to the language and some things might surprisingly work, "
        "this is a rough list of restrictions that should be considered.")


def wrap(text, width):
    lines = []
    cur = []
    length = 0
    for w in text.split():
        if cur and length + 1 + len(w) > width:
            lines.append(cur)
            cur = []
            length = 0
        if cur:
            length += 1
        cur.append(w)
        length += len(w)
    if cur:
        lines.append(cur)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0]
    total = 0
    for w in words:
        total += len(w)
    gaps = len(words) - 1
    spaces = width - total
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + " " * n
    return out + words[-1]


def entry_point(argv):
    for width in [30, 45]:
        lines = wrap(TEXT, width)
        for i in range(len(lines)):
            if i == len(lines) - 1:
                last = " ".join(lines[i])
                print("|" + last + " " * (width - len(last)) + "|")
            else:
                print("|" + justify(lines[i], width) + "|")
        print("")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
