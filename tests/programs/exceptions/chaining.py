# Python 3 exception chaining: `raise X from Y` sets __cause__ and __suppress_context__,
# `from None` suppresses the context, and a raise while an exception is handled (in an except
# clause, a finally body, or a function either calls) records it as __context__.
class AppError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("cannot parse " + s) from e


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError("missing") from None


def implicit(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        raise RuntimeError("while dividing")


def helper():
    raise ValueError("from helper")


def in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            helper()
    except ValueError as e:
        return e


for s in ["12", "x1"]:
    try:
        print(parse(s))
    except AppError as e:
        c = e.__cause__
        print("AppError:", e, "| cause:", type(c).__name__, c, "| suppress:", e.__suppress_context__)
        print(isinstance(c, ValueError), c is e.__context__)
try:
    lookup({}, "a")
except AppError as e:
    print(e, e.__cause__ is None, e.__suppress_context__, type(e.__context__).__name__, repr(e.__context__))
try:
    implicit(0)
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__, e.__context__)
e = in_finally()
print(e, repr(e.__context__), e.__context__.__context__)
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise TypeError("t") from ValueError
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__))
