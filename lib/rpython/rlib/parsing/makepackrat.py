"""rpy's makepackrat: parsers written as a grammar in the docstring of a
subclass of PackratParser (the grammar's syntax: packratgrammar.py).

While the class statement runs, the metaclass reads the grammar, writes the
parser's methods (packratcode.py) and adds them to the class, unless the
class defines a method of that name itself.  The methods' globals are the
module's defining the class, so that `return {...}` and `if {...}` read its
names; as under RPython, that module must import BacktrackException and
Status.  p = Parser(text); p.rule() parses from position 0 and returns the
rule's result, or raises BacktrackException whose error (ErrorInformation)
tells the furthest position reached and what was expected there.  The
parser, the errors and the memo entries are RPython."""

import sys
import types

from rpython.rlib.parsing.parsing import expected_line
from rpython.rlib.parsing.tree import Nonterminal, Symbol  # noqa: F401 (RPython's names)


class BacktrackException(Exception):
    def __init__(self, error=None):
        self.error = error


class ErrorInformation(object):
    def __init__(self, pos, expected=None):
        if expected is None:
            expected = []
        self.expected = expected
        self.pos = pos

    def __str__(self):
        return "ErrorInformation(%s, %s)" % (self.pos, self.expected)

    def get_line_column(self, source):
        pos = self.pos
        assert pos >= 0
        before = source[:pos]
        lineno = before.count("\n")
        columnno = pos - before.rfind("\n")
        return lineno, columnno

    def nice_error_message(self, filename="<filename>", source=""):
        result = []
        if source:
            lineno, columnno = self.get_line_column(source)
            result.append("  File %s, line %s" % (filename, lineno + 1))
            result.append(source.split("\n")[lineno])
            result.append(" " * columnno + "^")
        else:
            result.append("<couldn't get source>")
        result.append(expected_line(self.expected))
        return "\n".join(result)


class Status(object):
    """A memo entry: the status codes, and the fields every production's
    own status class has."""
    NORMAL = 0
    ERROR = 1
    INPROGRESS = 2
    LEFTRECURSION = 3
    SOMESOLUTIONS = 4

    def __init__(self):
        self.pos = 0
        self.error = None
        self.status = self.INPROGRESS
        self.result = None

    def __repr__(self):
        return "Status(%s, %s, %s, %s)" % (self.pos, self.result, self.error,
                                           self.status)


_FORBIDDEN = ("__weakref__", "__doc__", "__dict__", "__module__")


def _module_globals(dct):
    "NOT_RPYTHON"
    module = sys.modules.get(dct.get("__module__"))
    if module is None:
        raise Exception("cannot find the module defining the parser")
    return module.__dict__


class MetaPackratParser(type):
    def __new__(cls, name, bases, dct):
        "NOT_RPYTHON"
        if dct.get("__doc__") is None:
            return type.__new__(cls, name, bases, dct)
        from rpython.rlib.parsing.packratgrammar import read_grammar
        from rpython.rlib.parsing.packratcode import CodeWriter
        productions = read_grammar(dct["__doc__"])
        writer = CodeWriter(productions)
        code = writer.write()
        module_globals = _module_globals(dct)
        for needed in ("BacktrackException", "Status"):
            if needed not in module_globals:
                raise Exception("must import %s" % (needed,))
        namespace = {"BacktrackException": BacktrackException,
                     "__name__": dct.get("__module__")}
        exec(code, namespace)
        result = type.__new__(cls, name, bases, dct)
        parser = namespace["Parser"]
        for key, value in parser.__dict__.items():
            if isinstance(value, types.FunctionType):
                value = types.FunctionType(value.__code__, module_globals,
                                           value.__name__)
            if key not in _FORBIDDEN and not hasattr(result, key):
                setattr(result, key, value)
        for production in productions:
            status_name = "_Status_" + production[0]
            setattr(result, status_name, namespace[status_name])
        for key, value in writer.tables.items():
            setattr(result, key, value)
        init = parser.__dict__["__init__"]
        init = types.FunctionType(init.__code__, module_globals, "__init__")
        if result.__init__ is object.__init__:
            result.__init__ = init
        result.init_parser = init
        result._code = code
        return result


# The metaclass, written so that Python 2 and Python 3 both run it.
_PackratBase = MetaPackratParser("_PackratBase", (object,), {"__doc__": None})


class PackratParser(_PackratBase):
    __doc__ = None
    _ErrorInformation = ErrorInformation
    _BacktrackException = BacktrackException

    def __chars__(self, chars):
        pos = self._pos
        text = self._inputstream
        if pos + len(chars) > len(text):
            raise BacktrackException(ErrorInformation(pos, [chars]))
        for i in range(len(chars)):
            if text[pos + i] != chars[i]:
                raise BacktrackException(ErrorInformation(pos, [chars]))
        self._pos = pos + len(chars)
        return chars

    def __any__(self):
        pos = self._pos
        if pos >= len(self._inputstream):
            raise BacktrackException(ErrorInformation(pos, ["anything"]))
        self._pos = pos + 1
        return self._inputstream[pos]

    def _match_dfa(self, class_of, table, num_classes, final):
        """The longest match at self._pos of the automaton whose
        transitions are table[state * num_classes + class_of[ord(char)]]."""
        text = self._inputstream
        start = self._pos
        assert start >= 0
        i = start
        state = 0
        last = -1
        while True:
            if final[state]:
                last = i
            if i >= len(text):
                break
            state = table[state * num_classes + class_of[ord(text[i])]]
            if state < 0:
                break
            i += 1
        if last < 0:
            raise BacktrackException(None)
        self._pos = last
        return text[start:last]

    def _combine_errors(self, error1, error2):
        if error1 is None:
            return error2
        if (error2 is None or error1.pos > error2.pos or
                len(error2.expected) == 0):
            return error1
        elif error2.pos > error1.pos or len(error1.expected) == 0:
            return error2
        expected = []
        seen = {}
        for reasons in [error1.expected, error2.expected]:
            for reason in reasons:
                if reason not in seen:
                    seen[reason] = True
                    expected.append(reason)
        return ErrorInformation(error1.pos, expected)
