# python2
# A JSON-ish serializer/parser with StringBuilder, rstring.split, class hierarchy of values.
import os
from rpython.rlib.rstring import StringBuilder, split
from rpython.rlib.objectmodel import compute_hash


class JsonValue(object):
    def dump(self, b):
        raise NotImplementedError

    def is_null(self):
        return False


class JsonNull(JsonValue):
    def dump(self, b):
        b.append("null")

    def is_null(self):
        return True

NULL = JsonNull()


class JsonInt(JsonValue):
    def __init__(self, v):
        self.v = v

    def dump(self, b):
        b.append(str(self.v))


class JsonString(JsonValue):
    def __init__(self, s):
        self.s = s

    def dump(self, b):
        b.append('"')
        for c in self.s:
            if c == '"':
                b.append('\\"')
            elif c == '\n':
                b.append('\\n')
            else:
                b.append(c)
        b.append('"')


class JsonList(JsonValue):
    def __init__(self, items):
        self.items = items

    def dump(self, b):
        b.append('[')
        first = True
        for it in self.items:
            if not first:
                b.append(', ')
            first = False
            it.dump(b)
        b.append(']')


class JsonObject(JsonValue):
    def __init__(self):
        self.keys = []
        self.values = {}

    def put(self, k, v):
        if k not in self.values:
            self.keys.append(k)
        self.values[k] = v

    def dump(self, b):
        b.append('{')
        for i in range(len(self.keys)):
            if i:
                b.append(', ')
            k = self.keys[i]
            JsonString(k).dump(b)
            b.append(': ')
            self.values[k].dump(b)
        b.append('}')


def to_json(v):
    b = StringBuilder()
    v.dump(b)
    return b.build()


class Reader(object):
    def __init__(self, s):
        self.s = s
        self.i = 0

    def skip(self):
        while self.i < len(self.s) and self.s[self.i] in ' \n\t':
            self.i += 1

    def read(self):
        self.skip()
        c = self.s[self.i]
        if c == '[':
            self.i += 1
            items = []
            self.skip()
            if self.s[self.i] == ']':
                self.i += 1
                return JsonList(items)
            while True:
                items.append(self.read())
                self.skip()
                if self.s[self.i] == ',':
                    self.i += 1
                    continue
                assert self.s[self.i] == ']'
                self.i += 1
                return JsonList(items)
        if c == '{':
            self.i += 1
            obj = JsonObject()
            while True:
                self.skip()
                if self.s[self.i] == '}':
                    self.i += 1
                    return obj
                key = self.read()
                assert isinstance(key, JsonString)
                self.skip()
                assert self.s[self.i] == ':'
                self.i += 1
                obj.put(key.s, self.read())
                self.skip()
                if self.s[self.i] == ',':
                    self.i += 1
        if c == '"':
            b = StringBuilder()
            self.i += 1
            while self.s[self.i] != '"':
                if self.s[self.i] == '\\':
                    self.i += 1
                    b.append('\n' if self.s[self.i] == 'n' else self.s[self.i])
                else:
                    b.append(self.s[self.i])
                self.i += 1
            self.i += 1
            return JsonString(b.build())
        if self.s.startswith('null', self.i):
            self.i += 4
            return NULL
        start = self.i
        if c == '-':
            self.i += 1
        while self.i < len(self.s) and self.s[self.i].isdigit():
            self.i += 1
        return JsonInt(int(self.s[start:self.i]))


def entry_point(argv):
    text = '{"name": "rpy", "tags": ["a", "b\\"c"], "n": -42, "none": null, "nested": {"k": [1, 2, []]}}'
    v = Reader(text).read()
    out = to_json(v)
    os.write(1, out + "\n")
    assert isinstance(v, JsonObject)
    os.write(1, "null? %d\n" % v.values["none"].is_null())
    for part in split("a,b,,c", ","):
        os.write(1, "[%s]" % part)
    os.write(1, "\n")
    os.write(1, "%d\n" % (compute_hash("abc") == compute_hash("ab" + "c")))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
