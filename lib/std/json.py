"""rpy's json for Python 3 scripts: dumps/dump and loads/load with Python 3's output and messages.

dumps writes what CPython's encoder writes: separators (', ', ': ') or (',', ': ') with an indent,
floats by repr (NaN, Infinity), keys converted (str, int, float, bool, None; others refused or
skipped), sort_keys, ensure_ascii's \\uXXXX escapes (surrogate pairs past U+FFFF), default=,
circular references refused. loads parses JSON as CPython's decoder does: ints and floats,
NaN/Infinity, \\uXXXX escapes (pairs joined), duplicate keys (the last value wins),
object_hook/object_pairs_hook/parse_float/parse_int/parse_constant, and raises JSONDecodeError
(a ValueError) with CPython's messages and positions.

It runs while a script is imported (tables and configuration read at import time); translated
code calls dumps/dump (one copy of the encoder per type of value encoded, nested containers
included: each container has one item type there), not loads (its result's type is known only
at run time). Python 2 programs are not given it: Python 2.7's json differs (its dict
order, separators with an indent, messages). A Python 2 program may import it (RPython imports
a program's modules with CPython while translating, so an import nothing uses is accepted);
calling any of its functions, while the program is imported or in translated code, is refused
with that reason (the definitions at the end of this file).
"""

import sys

from _rpy_spec import spec as _spec


__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------------------------------------
# Encoding

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for c in s:
        n = ord(c)
        if c in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[c])
        elif n < 0x20 or (ensure_ascii and n > 0x7e):
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                v = n - 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(float(o))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None,
                 separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % (o.__class__.__name__,))

    @_spec("specialize:argtype(1)")
    def encode(self, o):
        out = []
        self._encode(o, out, 0, set())
        return ''.join(out)

    @_spec("specialize:argtype(1)")
    def iterencode(self, o):
        return iter([self.encode(o)])

    def _indent_text(self):
        if self.indent is None:
            return None
        if isinstance(self.indent, str):
            return self.indent
        return ' ' * self.indent

    @_spec("specialize:argtype(1)")
    def _encode(self, o, out, level, seen):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, seen)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, seen)
        else:
            marker = self._enter(o, seen)
            self._encode(self.default(o), out, level, seen)
            self._leave(marker, seen)

    @_spec("specialize:argtype(1)")
    def _enter(self, o, seen):
        if not self.check_circular:
            return None
        marker = id(o)
        if marker in seen:
            raise ValueError("Circular reference detected")
        seen.add(marker)
        return marker

    def _leave(self, marker, seen):
        if marker is not None:
            seen.discard(marker)

    def _newline(self, level):
        ind = self._indent_text()
        if ind is None:
            return None
        return '\n' + ind * level

    @_spec("specialize:argtype(1)")
    def _encode_list(self, o, out, level, seen):
        if not o:
            out.append('[]')
            return
        marker = self._enter(o, seen)
        out.append('[')
        inner = self._newline(level + 1)
        sep = self.item_separator if inner is None else self.item_separator + inner
        if inner is not None:
            out.append(inner)
        first = True
        for item in o:
            if not first:
                out.append(sep)
            first = False
            self._encode(item, out, level + 1, seen)
        outer = self._newline(level)
        if outer is not None:
            out.append(outer)
        out.append(']')
        self._leave(marker, seen)

    @_spec("specialize:argtype(1)")
    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % (key.__class__.__name__,))

    @_spec("specialize:argtype(1)")
    def _encode_dict(self, o, out, level, seen):
        if not o:
            out.append('{}')
            return
        marker = self._enter(o, seen)
        out.append('{')
        inner = self._newline(level + 1)
        sep = self.item_separator if inner is None else self.item_separator + inner
        if inner is not None:
            out.append(inner)
        items = sorted(o.items()) if self.sort_keys else list(o.items())
        first = True
        for key, value in items:
            text = self._key_text(key)
            if text is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_string(text, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level + 1, seen)
        outer = self._newline(level)
        if outer is not None:
            out.append(outer)
        out.append('}')
        self._leave(marker, seen)


@_spec("specialize:argtype(0)")
def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False):
    """obj as a JSON document (a str)."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys).encode(obj)


@_spec("specialize:argtype(0)")
def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False):
    """Writes dumps(obj, ...) to the file fp."""
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
                   cls=cls, indent=indent, separators=separators, default=default, sort_keys=sort_keys))


# ---------------------------------------------------------------------------------------------
# Decoding

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class JSONDecoder(object):
    def __init__(self, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'NaN': float('nan'), 'Infinity': float('inf'),
                                                 '-Infinity': float('-inf')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        idx = self._skip(s, 0)
        obj, end = self.raw_decode(s, idx)
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        if s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _digits(self, s, j):
        while j < len(s) and '0' <= s[j] <= '9':
            j += 1
        return j

    def _number(self, s, i):
        j = i
        if j < len(s) and s[j] == '-':
            j += 1
        if j < len(s) and s[j] == '0':
            j += 1
        elif j < len(s) and '1' <= s[j] <= '9':
            j = self._digits(s, j + 1)
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < len(s) and s[j] == '.' and '0' <= s[j + 1] <= '9':
            j = self._digits(s, j + 1)
            is_float = True
        if j < len(s) and s[j] in 'eE':
            k = j + 1
            if k < len(s) and s[k] in '+-':
                k += 1
            if k < len(s) and '0' <= s[k] <= '9':
                j = self._digits(s, k)
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def _hex4(self, s, pos):
        esc = s[pos + 1:pos + 5]
        if len(esc) == 4 and esc[1:2] not in ('x', 'X'):
            ok = True
            for c in esc:
                if c not in _HEX:
                    ok = False
            if ok:
                return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)

    def _string(self, s, i):
        begin = i - 1
        out = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c != '\\':
                if self.strict and ord(c) < 0x20:
                    raise JSONDecodeError("Invalid control character at", s, i)
                out.append(c)
                i += 1
                continue
            if i + 1 >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i + 1]
            if esc != 'u':
                if esc not in _ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                out.append(_ESCAPES[esc])
                i += 2
                continue
            code = self._hex4(s, i + 1)
            i += 6
            if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                low = self._hex4(s, i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            out.append(chr(code))

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        if i >= len(s) or s[i] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        i += 1
        while True:
            key, i = self._string(s, i)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            i += 1

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        items = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            value, i = self._value(s, i)
            items.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return items, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None):
    """The value of the JSON document s (a str, or bytes in UTF-8)."""
    if not isinstance(s, str):
        if s.__class__.__name__ in ('bytes', 'bytearray'):
            s = s.decode('utf-8')
        else:
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % (s.__class__.__name__,))
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None):
    """loads(fp.read(), ...)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook)


if sys.version_info[0] < 3:
    _PY2_REASON = ("rpy gives the json module to Python 3 scripts only (Python 2.7's json writes dicts in its own "
                   "order and has other messages)")

    from _rpy_spec import py2_refused as _py2_refused

    dump = _py2_refused("json", "dump", _PY2_REASON)
    dumps = _py2_refused("json", "dumps", _PY2_REASON)
    load = _py2_refused("json", "load", _PY2_REASON)
    loads = _py2_refused("json", "loads", _PY2_REASON)
    JSONDecoder = _py2_refused("json", "JSONDecoder", _PY2_REASON)
    JSONEncoder = _py2_refused("json", "JSONEncoder", _PY2_REASON)
    del JSONDecodeError  # Python 2.7's json has none (it raises ValueError)
    __all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONEncoder"]
