# python2
# re errors of patterns built at run time in a Python 2 program (rsre_re compiles them): Python
# 2.7's sre messages, which tell no position ("unbalanced parenthesis" for an unclosed group,
# "unexpected end of regular expression" for an unclosed set, "bogus escape (end of line)"), and
# the group numbers of a redefined name (before: "redefinition of group name" alone).
import re
import sys

PATTERNS = ["a(b", "ab)", "a**", "x[", "(?P<n>a)(?P<n>b)", "a\nb(", "a\n\nb{1,2}{3}", "\\",
            "(?:a", "(?=a", "(?<!a", "[a", "[\\", "[^", "a{2}*", "*a", "a|*", "(a)(b", "((a)",
            "a\\", "x{1}{2}", "+", "(?P<name>x)|(?P<name>y)", "ab\n)", "\n\n[", "a)b(",
            "(?P<a>x)(?P<b>y)(?P<a>z)"]


def entry_point(argv):
    suffix = argv[0][:0]  # built at run time
    for p in PATTERNS:
        try:
            re.compile(p + suffix)
            print repr(p), "ok"
        except re.error as e:
            print repr(p), "error:", str(e)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
