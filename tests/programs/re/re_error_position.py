# re errors of patterns built at run time (translated code compiles them with rsre): python3 says
# "... at position N", with "(line L, column C)" when the pattern has several lines, in Python 3's
# wording ("missing ), unterminated subpattern", "unterminated character set", "bad escape (end
# of pattern)", the group numbers of a redefined name). Before, the translated program printed
# rsre's Python 2 wording without positions.
import re
import sys

PATTERNS = ["a(b", "ab)", "a**", "x[", "(?P<n>a)(?P<n>b)", "a\nb(", "a\n\nb{1,2}{3}", "\\",
            "(?:a", "(?=a", "(?<!a", "[a", "[\\", "[^", "a{2}*", "*a", "a|*", "(a)(b", "((a)",
            "a\\", "x{1}{2}", "+", "(?P<name>x)|(?P<name>y)", "ab\n)", "\n\n[", "(?i)(",
            "a)b(", "a{3}{", "(?P<a>x)(?P<b>y)(?P<a>z)"]


def main():
    suffix = sys.argv[0][:0]  # built at run time
    for p in PATTERNS:
        try:
            re.compile(p + suffix)
            print(repr(p), "ok")
        except re.error as e:
            print(repr(p), "error:", e)


main()
