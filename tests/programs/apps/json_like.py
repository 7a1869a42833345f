from __future__ import print_function
import os, sys

TEXT = '{"name": "rpy", "version": 1, "tags": ["fast", "small"], "deps": {"gc": true, "jit": false}, "pi": 3.25, "none": null}'


class Value(object):
    def dump(self, indent):
        raise NotImplementedError


class Str(Value):
    def __init__(self, s):
        self.s = s

    def dump(self, indent):
        return '"' + self.s + '"'


class Num(Value):
    def __init__(self, text):
        self.text = text

    def dump(self, indent):
        if "." in self.text:
            return str(float(self.text) * 2)
        return str(int(self.text) * 2)


class Const(Value):
    def __init__(self, name):
        self.name = name

    def dump(self, indent):
        return self.name.upper()


class Arr(Value):
    def __init__(self, items):
        self.items = items

    def dump(self, indent):
        return "[" + ", ".join([i.dump(indent) for i in self.items]) + "]"


class Obj(Value):
    def __init__(self):
        self.keys = []
        self.values = {}

    def dump(self, indent):
        pad = "  " * (indent + 1)
        lines = []
        for k in self.keys:
            lines.append(pad + k + ": " + self.values[k].dump(indent + 1))
        return "{\n" + "\n".join(lines) + "\n" + "  " * indent + "}"


class ParseError(Exception):
    def __init__(self, pos):
        self.pos = pos


class Parser(object):
    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return Str(self.string())
        if c.isdigit() or c == "-":
            j = self.i
            while self.i < len(self.s) and self.s[self.i] in "-0123456789.":
                self.i += 1
            return Num(self.s[j:self.i])
        for name in ["true", "false", "null"]:
            if self.s.startswith(name, self.i):
                self.i += len(name)
                return Const(name)
        raise ParseError(self.i)

    def string(self):
        self.i += 1
        j = self.s.find('"', self.i)
        if j < 0:
            raise ParseError(self.i)
        r = self.s[self.i:j]
        self.i = j + 1
        return r

    def expect(self, c):
        self.ws()
        if self.s[self.i] != c:
            raise ParseError(self.i)
        self.i += 1

    def arr(self):
        self.expect("[")
        items = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return Arr(items)
        while True:
            items.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
                continue
            self.expect("]")
            return Arr(items)

    def obj(self):
        self.expect("{")
        o = Obj()
        while True:
            self.ws()
            k = self.string()
            self.expect(":")
            o.keys.append(k)
            o.values[k] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
                continue
            self.expect("}")
            return o


def entry_point(argv):
    v = Parser(TEXT).value()
    print(v.dump(0))
    try:
        Parser('{"a": [1, 2}').value()
    except ParseError as e:
        print("parse error at", e.pos)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
