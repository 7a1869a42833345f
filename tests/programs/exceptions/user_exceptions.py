from __future__ import print_function
import os, sys


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, msg):
        self.line = line
        self.msg = msg


class EvalError(AppError):
    def __init__(self, code):
        self.code = code


def parse(s, line):
    if not s.isdigit():
        raise ParseError(line, "not a number: " + s)
    return int(s)


def evaluate(n):
    if n > 100:
        raise EvalError(n - 100)
    return n * 2


def process(lines):
    results = []
    for i in range(len(lines)):
        try:
            results.append(evaluate(parse(lines[i], i + 1)))
        except ParseError as e:
            print("parse error at line", e.line, ":", e.msg)
        except EvalError as e:
            print("eval error code", e.code)
    return results


def entry_point(argv):
    print(process(["1", "x", "50", "150", "7"]))
    try:
        raise ParseError(9, "direct")
    except AppError as e:
        print("caught as base:", isinstance(e, ParseError), isinstance(e, EvalError))
    try:
        raise AppError("plain")
    except AppError as e:
        print("app error:", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
