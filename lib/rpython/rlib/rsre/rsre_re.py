"""rpy's version of rpython.rlib.rsre.rsre_re: the interface of Python 2.7's
re module over rsre_core, usable in translated code.

compile(pattern, flags=0) is a specialize.memo function: with a constant
pattern (the usual case: a module-level compile, or re.match('[0-9]+', s))
it runs while the program is imported or translated, and the translated code
only matches. The module-level functions are specialized on their pattern
and flags, so a constant pattern is compiled once there too.

Results have Python 2.7's meaning (empty matches in findall, sub and split
included). Match objects: group(g=0, ...) (numbers or names; a tuple for
several), start, end, span, groups(default), groupdict(default); groups() and findall() of a pattern with
several groups give tuples of as many items, so each pattern with N groups
has its own pattern and match classes (made once per N while compiling):
values of patterns with different numbers of groups do not mix in one
variable (their classes share no methods), as tuples of different lengths do
not. A pattern compiled by translated code at run time is an RSREPatternAny,
whose matches have no groups() and whose findall() takes at most one group.
"""

from rpython.rlib.objectmodel import specialize, we_are_translated, import_from_mixin
from rpython.rlib.rarithmetic import maxint
from rpython.rlib.rsre import rsre_core, rsre_compile
from rpython.rlib.rsre.rsre_compile import error

T = TEMPLATE = rsre_compile.SRE_FLAG_TEMPLATE
I = IGNORECASE = rsre_compile.SRE_FLAG_IGNORECASE
L = LOCALE = rsre_compile.SRE_FLAG_LOCALE
M = MULTILINE = rsre_compile.SRE_FLAG_MULTILINE
S = DOTALL = rsre_compile.SRE_FLAG_DOTALL
U = UNICODE = rsre_compile.SRE_FLAG_UNICODE
X = VERBOSE = rsre_compile.SRE_FLAG_VERBOSE


class _NoGroup(object):
    """The default of match.group()'s further arguments: not given."""


_NO_GROUP = _NoGroup()


class _MatchMixin(object):
    """The methods of match objects (copied into each match class, so that
    each has its own translated copies with its own types)."""

    def __init__(self, pattern, ctx):
        self.re = pattern
        self._ctx = ctx
        self.string = ctx._string
        self.pos = ctx.match_start
        self.endpos = ctx.end

    @specialize.argtype(1)
    def _index(self, group):
        if isinstance(group, int):
            if group < 0 or group > self.re.groups:
                raise IndexError("no such group")
            return group
        if group not in self.re.groupindex:
            raise IndexError("no such group")
        return self.re.groupindex[group]

    @specialize.argtype(1)
    def span(self, group=0):
        return self._ctx.span(self._index(group))

    @specialize.argtype(1)
    def start(self, group=0):
        return self._ctx.span(self._index(group))[0]

    @specialize.argtype(1)
    def end(self, group=0):
        return self._ctx.span(self._index(group))[1]

    @specialize.argtype(1, 2, 3, 4, 5, 6)
    def group(self, group=0, g2=_NO_GROUP, g3=_NO_GROUP, g4=_NO_GROUP, g5=_NO_GROUP, g6=_NO_GROUP):
        """The text of one group (a number or a name), or None; of several,
        their tuple (one specialisation per arity: the tuple's length is
        fixed, and the types decide the tests)."""
        if isinstance(g2, _NoGroup):
            return self._ctx.group(self._index(group))
        if isinstance(g3, _NoGroup):
            return (self.group(group), self.group(g2))
        if isinstance(g4, _NoGroup):
            return (self.group(group), self.group(g2), self.group(g3))
        if isinstance(g5, _NoGroup):
            return (self.group(group), self.group(g2), self.group(g3), self.group(g4))
        if isinstance(g6, _NoGroup):
            return (self.group(group), self.group(g2), self.group(g3), self.group(g4), self.group(g5))
        return (self.group(group), self.group(g2), self.group(g3), self.group(g4), self.group(g5),
                self.group(g6))

    @specialize.argtype(1)
    def groupdict(self, default=None):
        """{name: text (or default)} of the named groups (filled in the
        order of the pattern's groupindex, as Python 2.7 does)."""
        result = {}
        for name in self.re.groupindex:
            text = self._ctx.group(self.re.groupindex[name])
            if text is None:
                result[name] = default
            else:
                result[name] = text
        return result

    @property
    def lastindex(self):
        i = self._ctx.match_lastindex
        if i < 0:
            return None
        return i

    def expand(self, template):
        """template with its backslash escapes and group references replaced."""
        return _expand(self, template)


class _PatternMixin(object):
    """The methods of compiled patterns (copied into each pattern class)."""

    def __init__(self, pattern, code):
        self._code = code
        self.pattern = pattern
        self.flags = code.flags
        self.groups = code.ngroups
        self.groupindex = code.groupindex

    def _make_match(self, ctx):
        if ctx is None:
            return None
        return self._new_match(ctx)

    @specialize.argtype(1)
    def match(self, string, pos=0, endpos=maxint):
        return self._make_match(rsre_core.match(self._code, string, pos, endpos))

    @specialize.argtype(1)
    def search(self, string, pos=0, endpos=maxint):
        return self._make_match(rsre_core.search(self._code, string, pos, endpos))

    @specialize.argtype(1)
    def finditer(self, string, pos=0, endpos=maxint):
        """The matches, left to right; after an empty match the next search
        starts one character further."""
        matches = []
        start = pos
        while True:
            ctx = rsre_core.search(self._code, string, start, endpos)
            if ctx is None:
                break
            matches.append(self._new_match(ctx))
            if ctx.match_end == ctx.match_start:
                start = ctx.match_end + 1
            else:
                start = ctx.match_end
            if start > ctx.end:
                break
        return iter(matches)

    @specialize.argtype(1)
    def findall(self, string, pos=0, endpos=maxint):
        """The text of each match (of group 1 when the pattern has one)."""
        if self.groups > 1:
            raise error("findall() of a pattern with several groups needs the pattern's own class")
        result = []
        for m in self.finditer(string, pos, endpos):
            text = m.group(self.groups)
            if text is None:
                text = string[0:0]
            result.append(text)
        return result

    @specialize.argtype(1, 2)
    def subn(self, repl, string, count=0):
        """(the string with matches replaced by repl, how many): repl is a
        template (backslash escapes, \\1, \\g<name>) or a function of the match."""
        pieces = []
        n = 0
        last = 0
        start = 0
        while count == 0 or n < count:
            ctx = rsre_core.search(self._code, string, start)
            if ctx is None:
                break
            b = ctx.match_start
            e = ctx.match_end
            if last < b:
                pieces.append(string[last:b])
            if not (last == b and b == e and n > 0):
                # (an empty match right after the previous match is skipped)
                if isinstance(repl, str) or isinstance(repl, rsre_core.unicode_type):
                    pieces.append(_expand(self._new_match(ctx), repl))
                else:
                    pieces.append(repl(self._new_match(ctx)))
                last = e
                n += 1
            if e == b:
                start = e + 1
            else:
                start = e
            if start > len(string):
                break
        if n == 0:
            return string, 0
        if last < len(string):
            pieces.append(string[last:])
        return string[0:0].join(pieces), n

    @specialize.argtype(1, 2)
    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    @specialize.argtype(1)
    def split(self, string, maxsplit=0):
        """string split at the matches (empty matches do not split), with the
        groups' texts (or None) between the pieces."""
        pieces = []
        n = 0
        last = 0
        start = 0
        while maxsplit == 0 or n < maxsplit:
            ctx = rsre_core.search(self._code, string, start)
            if ctx is None:
                break
            if ctx.match_start == ctx.match_end:
                if ctx.match_start == len(string):
                    break
                start = ctx.match_end + 1
                continue
            pieces.append(string[last:ctx.match_start])
            for g in range(1, self.groups + 1):
                pieces.append(ctx.group(g))
            n += 1
            last = start = ctx.match_end
        pieces.append(string[last:])
        return pieces


class RSREMatch(object):
    """The base class of match objects. Its subclasses each have their own
    copy of the methods (none is overridden, so that each keeps its own
    types): one class per number of groups, RSREMatchAny for patterns
    compiled at run time."""


class RSREPattern(object):
    """The base class of compiled patterns (as RSREMatch)."""


class RSREMatchAny(RSREMatch):
    """A match of a pattern compiled by translated code (no groups())."""
    import_from_mixin(_MatchMixin)


class RSREPatternAny(RSREPattern):
    """A pattern compiled by translated code at run time."""
    import_from_mixin(_PatternMixin)

    def _new_match(self, ctx):
        return RSREMatchAny(self, ctx)


def _classes_source(n):
    items = ', '.join(['self.group(%d) if self.group(%d) is not None else default' % (g, g)
                       for g in range(1, n + 1)])
    found = ', '.join(['_text(m.group(%d), string)' % g for g in range(1, n + 1)])
    lines = [
        'class RSREMatch%d(RSREMatch):' % n,
        '    import_from_mixin(_MatchMixin)',
        '',
        '    def groups(self, default=None):',
        '        return (%s%s)' % (items, ',' if n == 1 else ''),
        '',
        'class RSREPattern%d(RSREPattern):' % n,
        '    import_from_mixin(_PatternMixin)',
        '',
        '    def _new_match(self, ctx):',
        '        return RSREMatch%d(self, ctx)' % n,
    ]
    if n >= 2:
        lines += [
            '',
            '    @specialize.argtype(1)',
            '    def findall(self, string, pos=0, endpos=maxint):',
            '        result = []',
            '        for m in self.finditer(string, pos, endpos):',
            '            result.append((%s))' % found,
            '        return result',
        ]
    return '\n'.join(lines) + '\n'


@specialize.argtype(1)
def _text(value, string):
    if value is None:
        return string[0:0]
    return value


_pattern_classes = {}


def _pattern_class(n):
    """The pattern class for patterns with n groups (made once per n)."""
    if n not in _pattern_classes:
        namespace = {'RSREMatch': RSREMatch, 'RSREPattern': RSREPattern, 'specialize': specialize,
                     'import_from_mixin': import_from_mixin, '_MatchMixin': _MatchMixin,
                     '_PatternMixin': _PatternMixin,
                     'maxint': maxint, '_text': _text}
        exec(_classes_source(n), namespace)
        _pattern_classes[n] = namespace['RSREPattern%d' % n]
    return _pattern_classes[n]


_cache = {}


@specialize.memo()
def compile(pattern, flags=0):
    """The compiled pattern (raises error for a bad one)."""
    if we_are_translated():
        return RSREPatternAny(pattern, rsre_core.compile_pattern(pattern, flags))
    key = (type(pattern), pattern, flags)
    if key not in _cache:
        code = rsre_core.compile_pattern(pattern, flags)
        _cache[key] = _pattern_class(code.ngroups)(pattern, code)
    return _cache[key]


@specialize.arg(0, 2)
def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


@specialize.arg(0, 2)
def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


@specialize.arg(0, 2)
def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


@specialize.arg(0, 2)
def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


@specialize.arg(0)
def sub(pattern, repl, string, count=0):
    return compile(pattern).sub(repl, string, count)


@specialize.arg(0)
def subn(pattern, repl, string, count=0):
    return compile(pattern).subn(repl, string, count)


@specialize.arg(0)
def split(pattern, string, maxsplit=0):
    return compile(pattern).split(string, maxsplit)


def _is_alnum(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or c == '_'


@specialize.argtype(0)
def escape(pattern):
    """pattern with every character but ASCII letters, digits and '_'
    backslash-escaped (NUL as \\000), as Python 2.7's re.escape."""
    pieces = []
    for c in pattern:
        if _is_alnum(c):
            pieces.append(c)
        elif c == '\x00':
            pieces.append(pattern[0:0] + '\\000')
        else:
            pieces.append(pattern[0:0] + '\\')
            pieces.append(c)
    return pattern[0:0].join(pieces)


@specialize.argtype(0, 1)
def _expand(m, template):
    """The replacement text of template for the match m (Python 2.7's
    template syntax: \\n \\t... escapes, \\0oo octal, \\1..\\99, \\g<1>,
    \\g<name>; other escapes stay as written)."""
    pieces = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\' or i + 1 >= n:
            if c == '\\':
                raise error("bogus escape (end of line)")
            pieces.append(c)
            i += 1
            continue
        d = template[i + 1]
        i += 2
        if d == 'g':
            if i >= n or template[i] != '<':
                raise error("missing group name")
            close = template.find('>', i)
            if close < 0:
                raise error("unterminated group name")
            name = template[i + 1:close]
            i = close + 1
            if len(name) == 0:
                raise error("missing group name")
            if name.isdigit():
                pieces.append(_group_text(m, int(name)))
            else:
                if name not in m.re.groupindex:
                    raise IndexError("unknown group name")
                pieces.append(_group_text(m, m.re.groupindex[name]))
        elif d == '0':
            value = 0
            k = 0
            while k < 2 and i < n and '0' <= template[i] <= '7':
                value = value * 8 + ord(template[i]) - ord('0')
                i += 1
                k += 1
            pieces.append(template[0:0] + chr(value & 0xff))
        elif '1' <= d <= '9':
            value = ord(d) - ord('0')
            if (i + 1 < n and '0' <= d <= '7' and '0' <= template[i] <= '7' and '0' <= template[i + 1] <= '7'):
                value = value * 64 + (ord(template[i]) - ord('0')) * 8 + ord(template[i + 1]) - ord('0')
                i += 2
                pieces.append(template[0:0] + chr(value & 0xff))
                continue
            if i < n and '0' <= template[i] <= '9':
                value = value * 10 + ord(template[i]) - ord('0')
                i += 1
            pieces.append(_group_text(m, value))
        else:
            code = _template_escape(d)
            if code >= 0:
                pieces.append(template[0:0] + chr(code))
            else:
                pieces.append(template[0:0] + '\\')
                pieces.append(d)
    return template[0:0].join(pieces)


def _template_escape(d):
    if d == 'n':
        return 10
    if d == 't':
        return 9
    if d == 'r':
        return 13
    if d == 'f':
        return 12
    if d == 'v':
        return 11
    if d == 'a':
        return 7
    if d == 'b':
        return 8
    if d == '\\':
        return 92
    return -1


@specialize.argtype(0)
def _group_text(m, g):
    if g > m.re.groups:
        raise error("invalid group reference")
    text = m.group(g)
    if text is None:
        raise error("unmatched group")
    return text
