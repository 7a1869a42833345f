# Patterns without character classes (the engine's table of sets stays empty), and groups() of a
# match of a pattern built at run time (a tuple whose length is known only then).
import re
import sys


def main():
    m = re.match(r"(a)(b)?", "ac")
    print(m.groups(), m.groups(""), re.findall("x", "axbx"), re.sub("b+", "B", "abbcb"))
    parts = ["(" + w + ")" for w in ["ab", "c", "d?"]]
    for arg in sys.argv[1:]:
        parts.append(arg)
    p = re.compile("".join(parts))
    q = p.search("xxabc!")
    print(q.groups(), q.groups("-"), len(q.groups()), q.span(2), q.lastindex)
    print(p.groups, [g for g in q.groups() if g is not None])


main()
