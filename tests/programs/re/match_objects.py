# re in translated code: compile, match/search/fullmatch and what a match object tells
# (group by number and name, groups, groupdict, start/end/span, lastindex/lastgroup, m[g], repr).
import re

DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def describe(m):
    if m is None:
        print("no match")
        return
    print(m.group(), m.group(0), m.group(1), m.group("month"), m.group("day"))
    print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(""))
    print(m.start(), m.end(), m.span(), m.span(3), m.start("year"), m.end(2))
    print(m.lastindex, m.lastgroup, m[0], m[2], m["year"])
    print(m.pos, m.endpos == len(m.string), m.string)
    print(repr(m))


def main():
    for s in ["2024-05-17 was a Friday", "on 1999-12", "no date here", "x2024-05-17"]:
        describe(DATE.match(s))
        describe(DATE.search(s))
    describe(DATE.fullmatch("2024-05"))
    describe(DATE.fullmatch("2024-05-"))
    describe(DATE.search("dates: 2001-02-03, 2004-05-06", 10))
    describe(DATE.match("dates: 2001-02-03", 7))
    describe(DATE.search("2001-02-03", 0, 7))
    m = WORD.search("  Hello, world")
    print(m.group(), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
    print(WORD.match("  Hello") is None, WORD.match("Hello") is not None)
    if WORD.search("123 abc"):
        print("found a word")
    if not WORD.search("123 456"):
        print("no word")
    print(DATE.pattern, DATE.groups, DATE.groupindex["day"], DATE.flags, WORD.flags)
    print(DATE, WORD, repr(re.compile("a|b", re.M | re.S)))
    try:
        DATE.match("1999-01").group(4)
    except IndexError as e:
        print("IndexError", e)
    try:
        DATE.match("1999-01").group("hour")
    except IndexError as e:
        print("IndexError", e)


main()
