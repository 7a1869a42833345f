# str.format with a constant format that Python rejects when it reaches a field: rpy refuses it
# when translating, with Python's exception and message (the one field grammar of
# src/common/format_fields.hpp). "{} {}" with one positional argument and a keyword was formatted
# with the keyword's value (python: IndexError).
import sys


def main():
    n = len(sys.argv)
    print("{} {}".format(n, a=2))
    print("{0!x}".format(n))
    print("a}b{0}".format(n))
    print("{0:{0:{0}}}".format(n))
    print("{:{0}}".format(n))
    print("{0[}".format(n))
    print("{0:>{a.}}".format(n, a=n))
    print("{a{b}}".format(a=n))


main()
