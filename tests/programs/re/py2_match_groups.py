# python2
# Python 2.7's re in an RPython program: m.group() with several groups (a tuple), groupdict()
# (Python 2 dict order), groups(default), spans of unmatched groups, findall with 0, 1 and
# several groups, split with groups, sub with \g<name> and \1 templates and an unmatched group
# (re.error in 2.7), and an out-of-range group number (IndexError).
import re

DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d))?(?P<zone>Z)?")


def entry_point(argv):
    lines = ["2024-01-31T10Z", "1999-12-01", "x=1, y=22, z=333", "abc ABC aBc"]
    if len(argv) > 1:
        lines = argv[1:]
    for s in lines:
        m = DATE.search(s)
        if m is not None:
            print m.group(1, 2), m.group('year', 'day', 4), m.groups(), m.groups('-')
            print m.groupdict(), m.groupdict('')
            print m.span(4), m.start('zone'), m.end(0), m.lastindex
            print DATE.sub(r"\g<day>/\2/\g<1>", s)
        for m in re.finditer(r"(?P<k>\w)=(?P<v>\d+)", s):
            print m.group(0), m.group('k', 'v'), m.groupdict(), m.span(2)
        print re.findall(r"\d+", s), re.findall(r"(\d)\d*", s), re.findall(r"(\w)=(\d)(x)?", s)
        print re.split(r"(,)\s*", s), re.split(r",\s*", s, 1), re.split(r"x*", s)
        print re.sub(r"(?i)b", "<\\g<0>>", s), re.subn(r"[aeiou]", "", s)
        try:
            print re.sub(r"(a)|b", r"[\1]", s)
        except re.error as e:
            print "error", str(e)
        m = re.match(r"(\w)(\w)?", s)
        try:
            print m.group(3)
        except IndexError:
            print "IndexError"
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
