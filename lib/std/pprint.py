"""rpy's pprint: pformat, pprint, saferepr, isreadable, isrecursive, PrettyPrinter (and Python 3's
pp), laid out as the interpreter of the program's dialect lays them out.

Python 3: a value whose repr fits the width is its repr (dicts sorted by key unless
sort_dicts=False); a longer dict, list, tuple, set or str is split one item per line (compact=
packs items), strings by words in parentheses. Python 2.7: its own rules (dict keys always sorted,
the items of a too-long container each on a line, `set([...])`). Depth limits and recursive
containers are shown as the interpreter shows them.

It runs while the module is imported (tables printed by the translator, or texts the program
prints later); a long OrderedDict, defaultdict, Counter, deque or dataclass, which Python 3 lays
out in their own ways, is refused rather than shown otherwise.
"""

import re as _re
import sys as _sys

_PY3 = _sys.version_info[0] >= 3

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter"]
if _PY3:
    __all__.append("pp")


class _SafeKey(object):
    """Orders values that may not be comparable: by value, else by type name and id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _plain(obj, base):
    """Whether obj's type uses base's repr (a subclass that keeps it too)."""
    return isinstance(obj, base) and type(obj).__repr__ is base.__repr__


class _Out(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


class PrettyPrinter(object):
    def __init__(self, indent=1, width=80, depth=None, stream=None, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts if _PY3 else True
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.text()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self.format(object, dict(context), self._depth, level)[0]

    # -- one-line reprs -------------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        if isinstance(object, (str, float, bool)) or object is None or (not _PY3 and type(object).__name__ == 'unicode'):
            return repr(object), True, False
        if _plain(object, int) or (not _PY3 and type(object).__name__ == 'long'):
            if _PY3 and self._underscore_numbers:
                return format(object, '_d'), True, False
            return repr(object), True, False
        if _plain(object, dict):
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple) if _PY3 else sorted(object.items())
            else:
                items = list(object.items())
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{%s}" % ", ".join(parts), readable, recursive
        if _plain(object, list) or _plain(object, tuple):
            if isinstance(object, list):
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level + 1)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return shape % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    # -- layout ---------------------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        if _PY3:
            self._format3(object, stream, indent, allowance, context, level)
        else:
            self._format2(object, stream, indent, allowance, context, level)

    def _format2(self, object, stream, indent, allowance, context, level):
        level = level + 1
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level - 1)
        sep_lines = len(rep) > (self._width - 1 - indent - allowance)
        if self._depth and level > self._depth:
            stream.write(rep)
            return
        if _plain(object, dict):
            stream.write('{')
            if self._indent_per_level > 1:
                stream.write((self._indent_per_level - 1) * ' ')
            if object:
                context[objid] = 1
                inner = indent + self._indent_per_level
                first = True
                for key, ent in sorted(object.items()):
                    krep = self._repr(key, context, level)
                    if first:
                        stream.write(krep + ': ')
                    elif sep_lines:
                        stream.write(',\n%s%s: ' % (' ' * inner, krep))
                    else:
                        stream.write(', %s: ' % krep)
                    first = False
                    self._format2(ent, stream, inner + len(krep) + 2, allowance + 1, context, level)
                del context[objid]
            stream.write('}')
            return
        seq = _plain(object, list) or _plain(object, tuple) or _plain(object, set) or _plain(object, frozenset)
        if not seq:
            stream.write(rep)
            return
        length = len(object)
        if isinstance(object, list):
            stream.write('[')
            endchar = ']'
        elif isinstance(object, tuple):
            stream.write('(')
            endchar = ')'
        else:
            if not length:
                stream.write(rep)
                return
            name = type(object).__name__
            stream.write(name + '([')
            endchar = '])'
            indent += len(name) + 1
            object = sorted(object)
        if self._indent_per_level > 1 and sep_lines:
            stream.write((self._indent_per_level - 1) * ' ')
        if length:
            context[objid] = 1
            inner = indent + self._indent_per_level
            first = True
            for ent in object:
                if not first:
                    stream.write(',\n' + ' ' * inner if sep_lines else ', ')
                first = False
                self._format2(ent, stream, inner, allowance + 1, context, level)
            del context[objid]
        if isinstance(object, tuple) and length == 1:
            stream.write(',')
        stream.write(endchar)

    def _format3(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            if _plain(object, dict):
                context[objid] = 1
                self._pprint_dict(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _plain(object, list) or _plain(object, tuple):
                context[objid] = 1
                self._pprint_seq(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _plain(object, set) or _plain(object, frozenset):
                context[objid] = 1
                self._pprint_set(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if _plain(object, str):
                self._pprint_str(object, stream, indent, allowance, context, level + 1)
                return
            special = type(object).__name__ in ('OrderedDict', 'defaultdict', 'Counter', 'deque', 'ChainMap',
                                                'UserDict', 'UserList', 'UserString', 'SimpleNamespace', 'bytes',
                                                'bytearray', 'mappingproxy')
            if special or hasattr(object, '__dataclass_fields__'):
                raise NotImplementedError("pprint of a %s longer than the width: rpy lays out dicts, lists, tuples, sets "
                                          "and strings only" % type(object).__name__)
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if object:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else list(object.items())
            inner = indent + self._indent_per_level
            delimnl = ',\n' + ' ' * inner
            last_index = len(items) - 1
            for i, (key, ent) in enumerate(items):
                last = i == last_index
                krep = self._repr(key, context, level)
                stream.write(krep + ': ')
                self._format3(ent, stream, inner + len(krep) + 2, allowance + 1 if last else 1, context, level)
                if not last:
                    stream.write(delimnl)
        stream.write('}')

    def _pprint_seq(self, object, stream, indent, allowance, context, level):
        if isinstance(object, list):
            stream.write('[')
            self._format_items(object, stream, indent, allowance + 1, context, level)
            stream.write(']')
            return
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(type(object).__name__ + '({')
            endchar = '})'
            indent += len(type(object).__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _re.findall(r'\S*\s*', line)
            parts.pop()
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, r in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(r)
        if level == 1:
            stream.write(')')

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        n = len(items)
        for k in range(n):
            ent = items[k]
            last = k == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format3(ent, stream, indent, allowance if last else 1, context, level)


def pformat(object, indent=1, width=80, depth=None, compact=False, sort_dicts=True, underscore_numbers=False):
    """object laid out in lines of at most width characters (where it can be)."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, compact=False, sort_dicts=True, underscore_numbers=False):
    """Writes pformat(object) and a newline to stream (sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def saferepr(object):
    """The one-line repr pprint starts from (dicts sorted, recursion shown)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


if _PY3:
    def pp(object, stream=None, indent=1, width=80, depth=None, compact=False, sort_dicts=False, underscore_numbers=False):
        """pprint with the dicts in their own order."""
        pprint(object, stream, indent, width, depth, compact, sort_dicts, underscore_numbers)
