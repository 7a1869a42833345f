# m.group(a, b, ...) gives the tuple of those groups (one specialisation per arity in _rpy_re).
import re

LINE = re.compile(r"(\w+)=(\d+)(?:;(?P<unit>\w+))?")


def main():
    for text in ["a=1;kg", "bb=22", "nothing"]:
        m = LINE.match(text)
        if m:
            print(m.group(1, 2), m.group(0, "unit", 1), m.group(2))
            k, v = m.group(1, 2)
            print(k + ":" + v)
    p = re.compile("(x)(y)?" + "z" * len("a"))
    m2 = p.search("..xz")
    if m2 is not None:
        print(m2.group(1, 2, 0))

main()
m = re.match(r"(a)(b)?", "a")
print(m.group(0, 1, 2), m.group(), m.group(1))
try:
    print(m.group(1, 7))
except IndexError as e:
    print("IndexError", e)
