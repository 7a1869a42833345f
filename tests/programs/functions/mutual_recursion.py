from __future__ import print_function
import os, sys


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def parse_expr(s, pos):
    # expr := term ('+' term)*
    value, pos = parse_term(s, pos)
    while pos < len(s) and s[pos] == "+":
        v, pos = parse_term(s, pos + 1)
        value += v
    return value, pos


def parse_term(s, pos):
    # term := factor ('*' factor)*
    value, pos = parse_factor(s, pos)
    while pos < len(s) and s[pos] == "*":
        v, pos = parse_factor(s, pos + 1)
        value *= v
    return value, pos


def parse_factor(s, pos):
    if s[pos] == "(":
        value, pos = parse_expr(s, pos + 1)
        return value, pos + 1
    start = pos
    while pos < len(s) and s[pos].isdigit():
        pos += 1
    return int(s[start:pos]), pos


def entry_point(argv):
    print(is_even(10), is_odd(7), is_even(301))
    for e in ["1+2*3", "(1+2)*3", "2*(3+4)*5+1", "42"]:
        v, p = parse_expr(e, 0)
        print(e, v, p)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
