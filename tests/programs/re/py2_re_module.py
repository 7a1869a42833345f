# python2
# An RPython program using Python's re in translated code: the calls go to rpython.rlib.rsre's
# rsre_re (Python 2.7's re), and a module-level compiled pattern becomes rsre_re's pattern.
import re

ASSIGN = re.compile(r"(\w+)\s*=\s*(\d+)")


def entry_point(argv):
    text = "a = 1; bb=22; ccc =333"
    for m in ASSIGN.finditer(text):
        print m.group(1), m.group(2), m.span()
    print ASSIGN.findall(text)
    print ASSIGN.sub(r"\2=\1", text)
    print re.findall(r"\d+", text), re.split(r";\s*", text)
    print re.sub(r"x*", "-", "abxd")
    m = re.match(r"(\w+) (\w+)", "hello world")
    print m.group(0), m.groups(), m.start(2)
    print re.search(r"z", text) is None, re.escape("a.b")
    pattern = "b+" * (len(argv) + 1)
    print re.compile(pattern).findall("abbbc bb")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
