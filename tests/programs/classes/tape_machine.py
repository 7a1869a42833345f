from __future__ import print_function
import os, sys


class Tape(object):
    def __init__(self):
        self.thetape = [0]
        self.position = 0

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val

    def inc(self):
        self.thetape[self.position] += 1

    def dec(self):
        self.thetape[self.position] -= 1

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


def run(program):
    tape = Tape()
    out = []
    for c in program:
        if c == "+":
            tape.inc()
        elif c == "-":
            tape.dec()
        elif c == ">":
            tape.advance()
        elif c == "<":
            tape.devance()
        elif c == ".":
            out.append(str(tape.get()))
    return out, tape


def entry_point(argv):
    out, tape = run("+++.>++.<-.>>+.--.")
    print(out)
    print(tape.thetape, tape.position)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
