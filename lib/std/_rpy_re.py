"""rpy's re for translated Python 3 code, on rpython.rlib.rsre's machine.

The evaluator runs its own re (C++) while the program is imported; translated code calls these
functions in its place (annotate/replacement_rules.cpp maps re.compile, re.search... here, and a
pattern compiled at import time becomes the pattern compile() below gives for its text and
flags). The module is not on the oracle's path: python3 runs its own re.

compile() is a specialize.memo function: a constant pattern (the usual case) is checked by the
evaluator's re, with Python 3's rules, and compiled while the program is translated; translated
code only matches. The module-level functions are specialised on their pattern and flags, so a
constant pattern is compiled once there too. A pattern built at run time is compiled by
translated code (rsre_compile) into a PatternAny, whose matches' groups() are tuples of a length
known at run time.

Results have Python 3.7+'s meaning: str patterns are Unicode-aware unless ASCII is given, and
after an empty match the next match may start at the same place if it is not empty
(must_advance), in findall, finditer, sub, subn and split. As rsre_re does, each pattern with N
groups has its own pattern and match classes, so that groups() and findall() give tuples of N
items. import_from_mixin copies no special method but __init__, so each class writes its own
__getitem__ and __repr__.
"""

import re as _host_re

from rpython.rlib.objectmodel import specialize, we_are_translated, import_from_mixin
from rpython.rlib.rarithmetic import maxint
from rpython.rlib.rsre import rsre_core, rsre_compile

error = _host_re.error

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256

_FLAG_NAMES = [(2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'), (16, 're.DOTALL'),
               (64, 're.VERBOSE'), (256, 're.ASCII')]


# re.RegexFlag's members in the order Python 3.11's re defines them (the order of their names in
# the text of a flag).
_FLAG_MEMBERS = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
                 (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]


def _flag_text(flags):
    """str() and repr() of a re flag (re.RegexFlag, Python 3.11): the names of its bits, then its
    unknown bits in hex; translated code calls it where a flag becomes text
    (annotate/regex_flags.cpp)."""
    value = int(flags)
    if value == 0:
        return 're.NOFLAG'
    names = []
    for bit, name in _FLAG_MEMBERS:
        if value & bit:
            names.append('re.' + name)
    if len(names) == 0:
        return 're.RegexFlag(%d)' % value
    text = '|'.join(names)
    unknown = value & ~511
    if unknown:
        text += '|0x%x' % unknown
    return text


def _flag_invert(flags):
    """~flag: RegexFlag inverts the bits up to the highest of the flag's and of the members'."""
    mask = 511
    while mask < flags:
        mask = mask * 2 + 1
    return flags ^ mask


class _NoGroup(object):
    """The default of match.group()'s further arguments: not given."""


_NO_GROUP = _NoGroup()


class _MatchMixin(object):
    """The methods of match objects (copied into each match class)."""

    def __init__(self, pattern, ctx, pos, endpos):
        self.re = pattern
        self._ctx = ctx
        self.string = ctx._string
        self.pos = pos
        self.endpos = endpos

    @specialize.argtype(1)
    def _index(self, group):
        if isinstance(group, int):
            if group < 0 or group > self.re.groups:
                raise IndexError("no such group")
            return group
        if group not in self.re.groupindex:
            raise IndexError("no such group")
        return self.re.groupindex[group]

    @specialize.argtype(1, 2, 3, 4, 5, 6)
    def group(self, group=0, g2=_NO_GROUP, g3=_NO_GROUP, g4=_NO_GROUP, g5=_NO_GROUP, g6=_NO_GROUP):
        """The text of one group (a number or a name), or None; of several, their tuple (one
        specialisation per arity: the tuple's length is fixed, and the types decide the tests)."""
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
        return (self.group(group), self.group(g2), self.group(g3), self.group(g4), self.group(g5), self.group(g6))

    @specialize.argtype(1)
    def span(self, group=0):
        return self._ctx.span(self._index(group))

    @specialize.argtype(1)
    def start(self, group=0):
        return self._ctx.span(self._index(group))[0]

    @specialize.argtype(1)
    def end(self, group=0):
        return self._ctx.span(self._index(group))[1]

    @specialize.argtype(2)
    def _or(self, g, default):
        text = self._ctx.group(g)
        if text is None:
            return default
        return text

    @specialize.argtype(1)
    def groupdict(self, default=None):
        """{name: text (or default)} of the named groups, in their order."""
        result = {}
        for name in self.re._names:
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

    @property
    def lastgroup(self):
        i = self._ctx.match_lastindex
        for name in self.re._names:
            if self.re.groupindex[name] == i:
                return name
        return None

    def expand(self, template):
        """template with its backslash escapes and group references replaced."""
        return _parse_template(template, self.re).expand(self)

    def _repr(self):
        start, end = self._ctx.span(0)
        return "<re.Match object; span=(%d, %d), match=%s>" % (start, end, repr(self._ctx.group(0)))


class _PatternMixin(object):
    """The methods of compiled patterns (copied into each pattern class)."""

    def __init__(self, pattern, code, flags):
        self._code = code
        self.pattern = pattern
        self.flags = flags
        self.groups = code.ngroups
        self.groupindex = code.groupindex
        names = [None] * (code.ngroups + 1)
        for name in code.groupindex:
            names[code.groupindex[name]] = name
        self._names = [name for name in names if name is not None]

    def _make_match(self, ctx, pos, endpos):
        if ctx is None:
            return None
        # pos and endpos as Python reports them: within the string
        if pos < 0:
            pos = 0
        elif pos > ctx.end:
            pos = ctx.end
        return self._new_match(ctx, pos, ctx.end)

    def match(self, string, pos=0, endpos=maxint):
        return self._make_match(rsre_core.match(self._code, string, pos, endpos), pos, endpos)

    def fullmatch(self, string, pos=0, endpos=maxint):
        return self._make_match(rsre_core.fullmatch(self._code, string, pos, endpos), pos, endpos)

    def search(self, string, pos=0, endpos=maxint):
        return self._make_match(rsre_core.search(self._code, string, pos, endpos), pos, endpos)

    def finditer(self, string, pos=0, endpos=maxint):
        """The matches, left to right, found as they are asked for (after an empty match, the
        next may start at the same place when it is not empty)."""
        start = pos
        advance = False
        while True:
            ctx = rsre_core.search(self._code, string, start, endpos, 0, advance)
            if ctx is None:
                break
            yield self._make_match(ctx, pos, endpos)
            advance = ctx.match_end == ctx.match_start
            start = ctx.match_end

    def findall(self, string, pos=0, endpos=maxint):
        """The text of each match (of group 1 when the pattern has one group)."""
        if self.groups > 1:
            raise NotImplementedError("rpy: findall() of a pattern compiled at run time with several groups "
                                      "(its tuples): use finditer() and groups()")
        result = []
        for m in self.finditer(string, pos, endpos):
            text = m.group(self.groups)
            if text is None:
                text = ''
            result.append(text)
        return result

    @specialize.argtype(1)
    def subn(self, repl, string, count=0):
        """(the string with matches replaced by repl, how many): repl is a template
        (backslash escapes, \\1, \\g<name>) or a function of the match."""
        template = None
        if isinstance(repl, str):
            template = _parse_template(repl, self)
        pieces = []
        n = 0
        last = 0
        start = 0
        advance = False
        while count == 0 or n < count:     # a negative count replaces nothing
            ctx = rsre_core.search(self._code, string, start, maxint, 0, advance)
            if ctx is None:
                break
            if last < ctx.match_start:
                pieces.append(string[last:ctx.match_start])
            if isinstance(repl, str):
                assert template is not None
                pieces.append(template.expand(self._new_match(ctx, 0, len(string))))
            else:
                pieces.append(repl(self._new_match(ctx, 0, len(string))))
            last = ctx.match_end
            n += 1
            advance = ctx.match_end == ctx.match_start
            start = ctx.match_end
        if last < len(string):
            pieces.append(string[last:])
        return ''.join(pieces), n

    @specialize.argtype(1)
    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        """string split at the matches (empty ones too), with the groups' texts (or None)
        between the pieces."""
        pieces = []
        n = 0
        last = 0
        advance = False
        while maxsplit == 0 or n < maxsplit:   # a negative maxsplit splits nothing
            ctx = rsre_core.search(self._code, string, last, maxint, 0, advance)
            if ctx is None:
                break
            pieces.append(string[last:ctx.match_start])
            for g in range(1, self.groups + 1):
                pieces.append(ctx.group(g))
            n += 1
            advance = ctx.match_end == ctx.match_start
            last = ctx.match_end
        pieces.append(string[last:])
        return pieces

    def _repr(self):
        shown = []
        for bit, name in _FLAG_NAMES:
            if self.flags & bit:
                shown.append(name)
        if len(shown) == 0:
            return "re.compile(%s)" % repr(self.pattern)
        return "re.compile(%s, %s)" % (repr(self.pattern), '|'.join(shown))


class Match(object):
    """The base class of match objects: one subclass per number of groups, MatchAny for
    patterns compiled at run time (each has its own copy of the methods)."""


class Pattern(object):
    """The base class of compiled patterns (as Match)."""


class MatchAny(Match):
    """A match of a pattern compiled by translated code: groups() is a tuple whose length is
    known only at run time."""
    import_from_mixin(_MatchMixin)

    @specialize.argtype(1)
    def groups(self, default=None):
        return tuple([self._or(g, default) for g in range(1, self.re.groups + 1)])

    @specialize.argtype(1)
    def __getitem__(self, group):
        return self.group(group)

    def __repr__(self):
        return self._repr()


class PatternAny(Pattern):
    """A pattern compiled by translated code at run time."""
    import_from_mixin(_PatternMixin)

    def _new_match(self, ctx, pos, endpos):
        return MatchAny(self, ctx, pos, endpos)

    def __repr__(self):
        return self._repr()


def _classes_source(n):
    items = ', '.join(['self._or(%d, default)' % g for g in range(1, n + 1)])
    found = ', '.join(['_text(m.group(%d))' % g for g in range(1, n + 1)])
    lines = [
        'class Match%d(Match):' % n,
        '    import_from_mixin(_MatchMixin)',
        '',
        '    @specialize.argtype(1)',
        '    def __getitem__(self, group):',
        '        return self.group(group)',
        '',
        '    def __repr__(self):',
        '        return self._repr()',
        '',
        '    @specialize.argtype(1)',
        '    def groups(self, default=None):',
        '        return (%s%s)' % (items, ',' if n == 1 else ''),
        '',
        'class Pattern%d(Pattern):' % n,
        '    import_from_mixin(_PatternMixin)',
        '',
        '    def _new_match(self, ctx, pos, endpos):',
        '        return Match%d(self, ctx, pos, endpos)' % n,
        '',
        '    def __repr__(self):',
        '        return self._repr()',
    ]
    if n >= 2:
        lines += [
            '',
            '    def findall(self, string, pos=0, endpos=maxint):',
            '        result = []',
            '        for m in self.finditer(string, pos, endpos):',
            '            result.append((%s))' % found,
            '        return result',
        ]
    return '\n'.join(lines) + '\n'


def _text(value):
    if value is None:
        return ''
    return value


_pattern_classes = {}


def _pattern_class(n):
    """The pattern class for patterns with n groups (made once per n)."""
    if n not in _pattern_classes:
        namespace = {'Match': Match, 'Pattern': Pattern, 'specialize': specialize,
                     'import_from_mixin': import_from_mixin, '_MatchMixin': _MatchMixin,
                     '_PatternMixin': _PatternMixin, 'maxint': maxint, '_text': _text}
        exec(_classes_source(n), namespace)
        _pattern_classes[n] = namespace['Pattern%d' % n]
    return _pattern_classes[n]


def _engine_flags(flags):
    """The flags rsre runs with: Unicode classes unless ASCII."""
    if flags & ASCII:
        return flags & ~(ASCII | UNICODE)
    return flags | UNICODE


def _unsupported(pattern):
    """What rsre's machine does not do (with Python 3's meaning) in pattern, or ''."""
    i = 0
    n = len(pattern)
    in_set = False
    while i < n:
        c = pattern[i]
        if c == '\\' and i + 1 < n:
            d = pattern[i + 1]
            if d == 'u' or d == 'U' or d == 'N':
                return "the escape \\%s" % d
            i += 2
            continue
        if in_set:
            if c == ']':
                in_set = False
        elif c == '[':
            in_set = True
            if i + 1 < n and pattern[i + 1] == '^':
                i += 1
            if i + 1 < n and pattern[i + 1] == ']':
                i += 1
        elif c == '(' and i + 2 < n and pattern[i + 1] == '?':
            j = i + 2
            if pattern[j] == '>':
                return "atomic groups (?>...)"
            while j < n and pattern[j] in 'aiLmsux':
                if pattern[j] == 'a':
                    return "the inline flag (?a)"
                if pattern[j] == 'L':
                    return "the inline flag (?L)"
                j += 1
        elif (c == '+' or c == '*' or c == '?') and i + 1 < n and pattern[i + 1] == '+':
            return "possessive repeats (%s+)" % c
        i += 1
    return ''


def _make(pattern, flags):
    """A pattern compiled by translated code (rsre_compile translated)."""
    what = _unsupported(pattern)
    if what != '':
        raise NotImplementedError("rpy's regex engine does not support " + what)
    try:
        code = rsre_core.compile_pattern(pattern, _engine_flags(flags), True)
    except rsre_compile.error as e:
        raise error(e.msg)
    return PatternAny(pattern, code, _reported_flags(code.flags, flags))


def _reported_flags(code_flags, flags):
    return code_flags | (int(flags) & ASCII)


_cache = {}


@specialize.memo()
def compile(pattern, flags=0):
    """The compiled pattern (a constant pattern is compiled while translating)."""
    if we_are_translated():
        return _make(pattern, int(flags))
    return _prebuilt(pattern, int(flags))


def _prebuilt(pattern, flags):
    """The pattern for a constant pattern text, checked by the evaluator's re (Python 3's
    syntax and errors), then compiled by rsre; made once per text and flags."""
    key = (pattern, flags)
    if key not in _cache:
        what = _unsupported(pattern)
        if what != '':
            raise NotImplementedError("rpy's regex engine, which translated code uses, does not support %s yet"
                                      % what)
        _host_re.compile(pattern, flags)
        code = rsre_core.compile_pattern(pattern, _engine_flags(flags), True)
        _cache[key] = _pattern_class(code.ngroups)(pattern, code, _reported_flags(code.flags, flags))
    return _cache[key]


@specialize.arg(0, 2)
def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


@specialize.arg(0, 2)
def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


@specialize.arg(0, 2)
def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


@specialize.arg(0, 2)
def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


@specialize.arg(0, 2)
def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


@specialize.arg(0, 4)
def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


@specialize.arg(0, 4)
def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


@specialize.arg(0, 3)
def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    """pattern with the characters special in patterns backslash-escaped (Python 3.7+)."""
    pieces = []
    for c in pattern:
        if c in _SPECIAL:
            pieces.append('\\')
        pieces.append(c)
    return ''.join(pieces)


def purge():
    pass


class _Template(object):
    """A parsed replacement template: literal texts and group numbers (-1: a literal)."""

    def __init__(self):
        self.literals = []
        self.groups = []

    def add(self, literal, group):
        self.literals.append(literal)
        self.groups.append(group)

    @specialize.argtype(1)
    def expand(self, m):
        pieces = []
        for i in range(len(self.groups)):
            g = self.groups[i]
            if g < 0:
                pieces.append(self.literals[i])
            else:
                text = m._ctx.group(g)
                if text is not None:
                    pieces.append(text)
        return ''.join(pieces)


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DEC = '0123456789'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


@specialize.argtype(1)
def _parse_template(template, pattern):
    """The _Template of template for pattern, with Python 3's rules and errors."""
    t = _Template()
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern) at position %d" % i)
        at = i
        d = template[i + 1]
        i += 2
        group = -1
        if d == 'g':
            if i >= n or template[i] != '<':
                raise error("missing < at position %d" % i)
            close = template.find('>', i + 1)
            if close < 0:
                raise error("missing >, unterminated name at position %d" % (i + 1))
            name = template[i + 1:close]
            if name == '':
                raise error("missing group name at position %d" % (i + 1))
            i = close + 1
            if _all_in(name, _DEC):
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d at position %d" % (group, at + 3))
            elif _is_identifier(name):
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s' at position %d" % (name, at + 3))
        elif d == '0':
            value = 0
            k = 0
            while k < 2 and i < n and template[i] in _OCT:
                value = value * 8 + ord(template[i]) - ord('0')
                i += 1
                k += 1
            literal.append(chr(value))
        elif d in _DEC:
            if i < n and template[i] in _DEC:
                if d in _OCT and template[i] in _OCT and i + 1 < n and template[i + 1] in _OCT:
                    value = (ord(d) - 48) * 64 + (ord(template[i]) - 48) * 8 + ord(template[i + 1]) - 48
                    if value > 255:
                        raise error("octal escape value \\%s outside of range 0-0o377 at position %d"
                                    % (template[at + 1:i + 2], at))
                    literal.append(chr(value))
                    i += 2
                    continue
                group = (ord(d) - 48) * 10 + ord(template[i]) - 48
                i += 1
            else:
                group = ord(d) - 48
            if group > pattern.groups:
                raise error("invalid group reference %d at position %d" % (group, at + 1))
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
        elif d in _ASCII_LETTERS:
            raise error("bad escape \\%s at position %d" % (d, at))
        else:
            literal.append('\\')
            literal.append(d)
        if group >= 0:
            if len(literal) > 0:
                t.add(''.join(literal), -1)
                literal = []
            t.add('', group)
    if len(literal) > 0:
        t.add(''.join(literal), -1)
    return t


def _all_in(s, chars):
    for c in s:
        if c not in chars:
            return False
    return True


def _is_identifier(s):
    if not (s[0].isalpha() or s[0] == '_'):
        return False
    for c in s:
        if not (c.isalnum() or c == '_'):
            return False
    return True
