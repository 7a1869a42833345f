from __future__ import print_function
import os, sys


class State(object):
    def next(self, c):
        raise NotImplementedError

    def accepting(self):
        return False


class Start(State):
    def next(self, c):
        if c == "-" or c == "+":
            return SIGN
        if c.isdigit():
            return INT
        return ERROR


class Sign(State):
    def next(self, c):
        if c.isdigit():
            return INT
        return ERROR


class Int(State):
    def next(self, c):
        if c.isdigit():
            return INT
        if c == ".":
            return DOT
        return ERROR

    def accepting(self):
        return True


class Dot(State):
    def next(self, c):
        if c.isdigit():
            return FRAC
        return ERROR


class Frac(State):
    def next(self, c):
        if c.isdigit():
            return FRAC
        return ERROR

    def accepting(self):
        return True


class Error(State):
    def next(self, c):
        return ERROR


START = Start()
SIGN = Sign()
INT = Int()
DOT = Dot()
FRAC = Frac()
ERROR = Error()


def matches(s):
    st = START
    for c in s:
        st = st.next(c)
    return st.accepting()


def entry_point(argv):
    for s in ["12", "-3.5", "+", "4.", "1.2.3", "", "007", "x1", "+0.25"]:
        print(repr(s), matches(s))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
