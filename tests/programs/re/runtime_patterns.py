# Patterns built at run time (compiled by the translated program itself), re.escape, and a
# pattern in a variable passed to the module-level functions.
import re
import sys


def keyword_pattern(words):
    return r"\b(?:" + "|".join([re.escape(w) for w in words]) + r")\b"


def main():
    words = ["if", "else", "a.b", "c++"]
    for arg in sys.argv[1:]:
        words.append(arg)
    p = re.compile(keyword_pattern(words))
    text = "if x: a.b else axb; c++ elsewhere if"
    print(p.findall(text))
    print(p.sub("<kw>", text))
    print(p.split(text))
    m = p.search(text, 3)
    print(m.group(), m.span(), m.start(), m.end())
    print(re.escape("1.5 * (x+y) ^ [z] {a} \\ $ | é_ok\t-#&~"))
    pat = "[" + "0-9" + "]+"
    print(re.findall(pat, "a1b22c333"), re.sub(pat, "#", "a1b22"), re.split(pat, "x1y2z"))
    print(re.search(pat, "abc") is None, re.match(pat, "42x").group())
    for flags in [0, re.I, re.M | re.S]:
        q = re.compile("^(\\w+)(?:.x)?$", flags)
        print(int(flags), q.findall("Ab\nCDx"), q.match("Ab") is not None)
    for bad in ["(a", "a)", "*", "[b-a]"]:
        try:
            re.compile(bad)
            print(bad, "compiled")
        except re.error:
            print(bad, "error")


main()
