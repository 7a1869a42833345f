# python2
# rpython.rlib.parsing: a JSON reader in the style of the interpreters built on RPython's EBNF
# parser generator: the grammar read at import time, a Transformer (RPythonVisitor) turning the
# ToAST tree into objects of the program's own classes, escapes in strings, parse errors with
# their line and column.
from rpython.rlib.parsing.ebnfparse import parse_ebnf, make_parse_function
from rpython.rlib.parsing.parsing import ParseError
from rpython.rlib.parsing.deterministic import LexerError
from rpython.rlib.parsing.tree import RPythonVisitor

grammar = r'''
STRING: "\"([^\"\\]|\\.)*\"";
NUMBER: "\-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][\+\-]?[0-9]+)?";
IGNORE: " |\n|\t|\r";
value: <STRING> | <NUMBER> | <object> | <array> | <"true"> | <"false"> | <"null">;
object: ["{"] (entry [","])* entry ["}"] | ["{"] ["}"];
array: ["["] (value [","])* value ["]"] | ["["] ["]"];
entry: STRING [":"] value;
'''

regexs, rules, ToAST = parse_ebnf(grammar)
_parse = make_parse_function(regexs, rules, eof=False)


class JValue(object):
    def show(self):
        raise NotImplementedError


class JString(JValue):
    def __init__(self, text):
        self.text = text

    def show(self):
        return '"' + self.text + '"'


class JNumber(JValue):
    def __init__(self, value):
        self.value = value

    def show(self):
        return repr(self.value)


class JConst(JValue):
    def __init__(self, name):
        self.name = name

    def show(self):
        return self.name


class JArray(JValue):
    def __init__(self, items):
        self.items = items

    def show(self):
        return "[" + ", ".join([item.show() for item in self.items]) + "]"


class JObject(JValue):
    def __init__(self, keys, values):
        self.keys = keys
        self.values = values

    def show(self):
        parts = []
        for i in range(len(self.keys)):
            parts.append(self.keys[i] + ": " + self.values[i].show())
        return "{" + ", ".join(parts) + "}"


def unquote(text):
    result = []
    i = 1
    while i < len(text) - 1:
        c = text[i]
        if c == "\\":
            i += 1
            c = text[i]
            if c == "n":
                c = "\n"
            elif c == "t":
                c = "\t"
        result.append(c)
        i += 1
    return "".join(result)


class Transformer(RPythonVisitor):
    def visit_STRING(self, node):
        return JString(unquote(node.additional_info))

    def visit_NUMBER(self, node):
        return JNumber(float(node.additional_info))

    def general_symbol_visit(self, node):
        return JConst(node.additional_info)

    def visit_array(self, node):
        return JArray([self.dispatch(child) for child in node.children])

    def visit_object(self, node):
        keys = []
        values = []
        for entry in node.children:
            keys.append(entry.children[0].additional_info)
            values.append(self.dispatch(entry.children[1]))
        return JObject(keys, values)


transformer = Transformer()


def read(text):
    tree = ToAST().transform(_parse(text))
    return transformer.dispatch(tree)


def show_error(text):
    try:
        read(text)
        print "no error"
    except ParseError as e:
        pos = e.source_pos
        print "ParseError at line %d column %d: %s" % (
            pos.lineno + 1, pos.columnno + 1,
            ", ".join(e.errorinformation.failure_reasons))
    except LexerError as e:
        print "LexerError at line %d column %d" % (e.source_pos.lineno + 1,
                                                   e.source_pos.columnno + 1)


def entry_point(argv):
    print read('{"name": "rpy", "tags": ["a", "b\\"c"], "n": -12.5e1}').show()
    print read('[1, [2, [3, []]], {}, true, false, null, "tab\\there"]').show()
    text = '{\n  "a": [1, 2,\n        3,],\n  "b": 2\n}'
    show_error(text)
    show_error('{"a" 1}')
    show_error('[1, 2] ]')
    show_error('[1, @]')
    print ToAST().transform(_parse('[[], 7]')).symbol
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
