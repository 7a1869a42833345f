# `match` and `case` are soft keywords: names, functions and calls keep working.
import re


def match(a, b):
    return a == b


def main():
    m = re.match(r"(\w+) (\d+)", "abc 123")
    match = m
    print(match.group(1), match.group(2))
    case = 3
    print(case)
    print(match is m)


def other():
    print(match(1, 1))
    match(2, 3)
    (match)(1, 2)


main()
other()
