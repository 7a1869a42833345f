"""rpy's version of rpython.rlib.rsre.rsre_core: the regular expression
machine. A pattern compiled by rsre_compile (rpy.get_code, rsre_re.compile)
is run against a str or unicode string by a backtracking machine that keeps
its choice points in a list, not on the C stack, so long subjects and long
repeats need no recursion (only lookarounds nest, as deep as the pattern).

    match(pattern, string, start=0, end=maxint, flags=0, fullmatch=False)
    search(pattern, string, start=0, end=maxint, flags=0)
    fullmatch(pattern, string, start=0, end=maxint, flags=0)

return a match context (match_start, match_end, span(group), group(group),
flatten_marks()...) or None. `end` cuts the string there, as Python's endpos.
"""

from rpython.rlib.objectmodel import specialize, import_from_mixin
from rpython.rlib.rarithmetic import maxint
from rpython.rlib.rsre import rsre_compile as c
from rpython.rlib.rsre.rsre_compile import error

OPCODES = c  # the opcodes, for programs reading them by name


_NO_SET = c.CharSet([], [], False, False)


class CompiledPattern(object):
    """A compiled regular expression: its program, character sets, flags and
    number of groups."""

    def __init__(self, compiled, pattern_text=None):
        self.code = compiled.code
        # one more set, never used, so that the sets' item type is known even in a program
        # whose patterns have none (OP_SET still has to be translated)
        self.sets = compiled.sets + [_NO_SET]
        self.flags = compiled.flags
        self.ngroups = compiled.ngroups
        self.nregisters = compiled.nregisters
        self.groupindex = compiled.groupindex
        self.pattern = pattern_text
        # a first character every match starts with (search skips to it), or -1
        self.prefix = -1
        if len(self.code) >= 2 and self.code[0] == c.OP_CHAR:
            self.prefix = self.code[1]

    def marks_size(self):
        # group marks, lastindex, then the loop registers
        return 2 * self.ngroups + 1 + self.nregisters


def compile_pattern(pattern, flags=0, py3=False):
    """A CompiledPattern for the regular expression `pattern` (Python 3's
    syntax if py3, else 2.7's)."""
    return CompiledPattern(c.compile_pattern(pattern, flags, py3), pattern)


# ____________________________________________________________
# the machine

# The backtrack stack holds entries of four ints, the kind last (on top):
_BRANCH = 0             # (pc, pos, 0): a SPLIT's other way
_RESTORE = 1            # (slot, value, 0): marks[slot] = value
_GREEDY = 2             # (minpos, next, pos): a greedy one-char repeat gives back one char
_LAZY = 3               # (count, pc, pos): a lazy one-char repeat takes one more


def _push(stack, a, b, c3, kind):
    stack.append(a)
    stack.append(b)
    stack.append(c3)
    stack.append(kind)


@specialize.argtype(2)
def _one_char(pattern, pc, string, pos, end):
    """Whether the one-character instruction at pc matches string[pos]."""
    if pos >= end:
        return False
    code = pattern.code
    op = code[pc]
    ch = ord(string[pos])
    if op == c.OP_CHAR:
        return ch == code[pc + 1]
    if op == c.OP_CHAR_IGNORE:
        return c.lower(ch, pattern.flags) == code[pc + 1]
    if op == c.OP_ANY:
        return ch != 10
    if op == c.OP_ANY_ALL:
        return True
    return pattern.sets[code[pc + 1]].contains(ch, pattern.flags)


def _one_char_size(op):
    if op == c.OP_ANY or op == c.OP_ANY_ALL:
        return 1
    return 2


@specialize.argtype(1)
def _at(pattern, string, pos, end, kind):
    if kind == c.AT_BEGINNING or kind == c.AT_BEGINNING_STRING:
        return pos == 0
    if kind == c.AT_BEGINNING_LINE:
        return pos == 0 or string[pos - 1] == '\n'
    if kind == c.AT_END:
        return pos == end or (pos == end - 1 and string[pos] == '\n')
    if kind == c.AT_END_LINE:
        return pos == end or string[pos] == '\n'
    if kind == c.AT_END_STRING:
        return pos == end
    if end == 0:
        return False        # \b and \B never match in an empty string
    before = pos > 0 and c.is_word(ord(string[pos - 1]), pattern.flags)
    after = pos < end and c.is_word(ord(string[pos]), pattern.flags)
    if kind == c.AT_BOUNDARY:
        return before != after
    return before == after


@specialize.argtype(1)
def _same_text(pattern, string, start, stop, pos, end, ignore):
    """Whether string[pos:] (within end) starts with string[start:stop]."""
    n = stop - start
    if pos + n > end:
        return False
    for i in range(n):
        a = ord(string[start + i])
        b = ord(string[pos + i])
        if ignore:
            a = c.lower(a, pattern.flags)
            b = c.lower(b, pattern.flags)
        if a != b:
            return False
    return True


@specialize.argtype(1)
def _run(pattern, string, pc, pos, end, marks, fullmatch, min_end, stack):
    """Run the program from pc at pos; the position where it succeeds, or -1.
    marks are updated to the successful path's marks. A success before
    min_end backtracks (Python 3's must_advance: no empty match there).
    stack, empty, holds the choice points; a failed run leaves it empty and
    marks as they were, so that search reuses both at the next position."""
    code = pattern.code
    last = 2 * pattern.ngroups      # the lastindex slot
    while True:
        op = code[pc]
        ok = True
        if op == c.OP_CHAR:
            if pos < end and ord(string[pos]) == code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif op == c.OP_SPLIT:
            _push(stack, code[pc + 2], pos, 0, _BRANCH)
            pc = code[pc + 1]
        elif op == c.OP_JUMP:
            pc = code[pc + 1]
        elif op == c.OP_REPEAT_ONE:
            lo = code[pc + 1]
            hi = code[pc + 2]
            nxt = code[pc + 3]
            count = 0
            while (hi < 0 or count < hi) and _one_char(pattern, pc + 4, string, pos + count, end):
                count += 1
            if count < lo:
                ok = False
            else:
                if count > lo:
                    _push(stack, pos + lo, nxt, pos + count, _GREEDY)
                pos += count
                pc = nxt
        elif op == c.OP_MIN_REPEAT_ONE:
            lo = code[pc + 1]
            hi = code[pc + 2]
            count = 0
            while count < lo and _one_char(pattern, pc + 4, string, pos + count, end):
                count += 1
            if count < lo:
                ok = False
            else:
                pos += count
                if hi < 0 or count < hi:
                    _push(stack, count, pc, pos, _LAZY)
                pc = code[pc + 3]
        elif op == c.OP_SET or op == c.OP_ANY or op == c.OP_ANY_ALL or op == c.OP_CHAR_IGNORE:
            if _one_char(pattern, pc, string, pos, end):
                pos += 1
                pc += _one_char_size(op)
            else:
                ok = False
        elif op == c.OP_MARK:
            slot = code[pc + 1]
            _push(stack, slot, marks[slot], 0, _RESTORE)
            marks[slot] = pos
            if slot & 1:
                _push(stack, last, marks[last], 0, _RESTORE)
                marks[last] = slot // 2 + 1
            pc += 2
        elif op == c.OP_SUCCESS:
            if (fullmatch and pos != end) or pos < min_end:
                ok = False
            else:
                return pos
        elif op == c.OP_AT:
            if _at(pattern, string, pos, end, code[pc + 1]):
                pc += 2
            else:
                ok = False
        elif op == c.OP_LOOP_ENTER:
            reg = last + 1 + code[pc + 1]
            _push(stack, reg, marks[reg], 0, _RESTORE)
            marks[reg] = pos
            pc += 2
        elif op == c.OP_LOOP_CHECK:
            if marks[last + 1 + code[pc + 1]] == pos:
                pc = code[pc + 2]       # an empty iteration: leave the loop
            else:
                pc += 3
        elif op == c.OP_GROUPREF or op == c.OP_GROUPREF_IGNORE:
            g = code[pc + 1]
            start = marks[2 * g - 2]
            stop = marks[2 * g - 1]
            if start < 0 or stop < start:
                ok = False
            elif _same_text(pattern, string, start, stop, pos, end, op == c.OP_GROUPREF_IGNORE):
                pos += stop - start
                pc += 2
            else:
                ok = False
        elif op == c.OP_GROUPREF_EXISTS:
            g = code[pc + 1]
            if marks[2 * g - 2] >= 0 and marks[2 * g - 1] >= marks[2 * g - 2]:
                pc += 3
            else:
                pc = code[pc + 2]
        elif op == c.OP_ASSERT:
            negate = code[pc + 1] != 0
            start = pos - code[pc + 2]
            saved = marks[:]
            found = False
            if start >= 0:
                found = _run(pattern, string, pc + 4, start, end, marks, False, -1, []) >= 0
            if negate or not found:
                for i in range(len(saved)):
                    marks[i] = saved[i]
            else:
                for i in range(len(saved)):
                    if marks[i] != saved[i]:
                        _push(stack, i, saved[i], 0, _RESTORE)
            if found != negate:
                pc = code[pc + 3]
            else:
                ok = False
        else:
            ok = False                  # OP_FAILURE
        if ok:
            continue
        # backtrack to the latest choice point, undoing the marks set since
        pc = -1
        while len(stack) > 0:
            kind = stack.pop()
            z = stack.pop()
            y = stack.pop()
            x = stack.pop()
            if kind == _RESTORE:
                marks[x] = y
            elif kind == _BRANCH:
                pc = x
                pos = y
                break
            elif kind == _GREEDY:
                pos = z - 1
                if pos > x:
                    _push(stack, x, y, pos, _GREEDY)
                pc = y
                break
            else:
                hi = code[y + 2]
                if _one_char(pattern, y + 4, string, z, end):
                    count = x + 1
                    pos = z + 1
                    if hi < 0 or count < hi:
                        _push(stack, count, y, pos, _LAZY)
                    pc = code[y + 3]
                    break
        if pc < 0:
            return -1


# ____________________________________________________________
# match contexts

class _AbstractMatchContext(object):
    """The result of a match: where it starts and ends (match_start,
    match_end) and the marks of its groups (2 per group, -1 when unset)."""

    def __init__(self, pattern, string, match_start, end, flags):
        self.pattern = pattern
        self._string = string
        self.match_start = match_start
        self.match_end = -1
        self.end = end
        self.flags = flags
        self.match_marks = [-1] * pattern.marks_size()
        self.match_lastindex = -1

    def span(self, groupnum=0):
        """(start, end) of group groupnum; (-1, -1) when it did not take part."""
        if groupnum == 0:
            return self.match_start, self.match_end
        if groupnum < 0 or groupnum > self.pattern.ngroups:
            raise IndexError("no such group")
        start = self.match_marks[2 * groupnum - 2]
        stop = self.match_marks[2 * groupnum - 1]
        if start < 0 or stop < 0 or stop < start:
            return -1, -1
        return start, stop

    def flatten_marks(self):
        """The spans of all groups, 0 included, as a flat list [start0, end0, start1...]."""
        result = [self.match_start, self.match_end]
        for g in range(1, self.pattern.ngroups + 1):
            start, stop = self.span(g)
            result.append(start)
            result.append(stop)
        return result

    def get_mark(self, gid):
        return self.match_marks[gid]

    def lastindex(self):
        """The number of the last group closed, or -1."""
        return self.match_marks[2 * self.pattern.ngroups]


class StrMatchContext(object):
    """A match in a str."""
    import_from_mixin(_AbstractMatchContext)

    def group(self, groupnum=0):
        """The text group groupnum matched, or None."""
        start, stop = self.span(groupnum)
        if start < 0:
            return None
        assert stop >= 0
        return self._string[start:stop]


class UnicodeMatchContext(object):
    """A match in a unicode string."""
    import_from_mixin(_AbstractMatchContext)

    def group(self, groupnum=0):
        start, stop = self.span(groupnum)
        if start < 0:
            return None
        assert stop >= 0
        return self._string[start:stop]


@specialize.argtype(1)
def _make_context(pattern, string, start, end, flags):
    if not _PY3 and isinstance(string, unicode_type):
        return UnicodeMatchContext(pattern, string, start, end, flags)
    return StrMatchContext(pattern, string, start, end, flags)


try:
    unicode_type = unicode
except NameError:       # Python 3
    unicode_type = str
# Python 3 has one string type (str, a StrMatchContext): the test above is then folded away, even
# for a string that may be None, whose isinstance() is not a constant.
_PY3 = unicode_type is str


@specialize.argtype(0)
def _bounds(string, start, end):
    length = len(string)
    if end > length:
        end = length
    if end < 0:
        end = 0
    if start < 0:
        start = 0
    elif start > length:
        start = length
    return start, end


@specialize.argtype(1)
def match(pattern, string, start=0, end=maxint, flags=0, fullmatch=False):
    """The match of pattern at string[start:], or None."""
    start, end = _bounds(string, start, end)
    if start > end:
        return None
    ctx = _make_context(pattern, string, start, end, flags)
    if match_context(ctx, fullmatch):
        return ctx
    return None


@specialize.argtype(1)
def fullmatch(pattern, string, start=0, end=maxint, flags=0):
    """The match of pattern with all of string[start:end], or None."""
    return match(pattern, string, start, end, flags, True)


@specialize.argtype(1)
def search(pattern, string, start=0, end=maxint, flags=0, must_advance=False):
    """The first match of pattern in string[start:end], or None; with
    must_advance, not an empty match at start (Python 3's rule for the next
    match after an empty one in findall, finditer, sub and split)."""
    start, end = _bounds(string, start, end)
    if start > end:
        return None
    ctx = _make_context(pattern, string, start, end, flags)
    if search_context(ctx, must_advance):
        return ctx
    return None


@specialize.argtype(0)
def match_context(ctx, fullmatch=False, must_advance=False):
    """Run ctx's pattern at ctx.match_start: True (ctx filled in) or False.
    With must_advance, an empty match does not count (the machine
    backtracks to a longer one)."""
    marks = [-1] * ctx.pattern.marks_size()
    return _match_at(ctx, marks, [], fullmatch, must_advance)


@specialize.argtype(0)
def _match_at(ctx, marks, stack, fullmatch, must_advance):
    pattern = ctx.pattern
    min_end = -1
    if must_advance:
        min_end = ctx.match_start + 1
    stop = _run(pattern, ctx._string, 0, ctx.match_start, ctx.end, marks, fullmatch, min_end, stack)
    if stop < 0:
        return False
    ctx.match_end = stop
    ctx.match_marks = marks
    ctx.match_lastindex = marks[2 * pattern.ngroups]
    return True


@specialize.argtype(0)
def search_context(ctx, must_advance=False):
    """Try ctx's pattern at match_start, match_start + 1... up to its end:
    True at the first position where it matches (ctx filled in); with
    must_advance, the match at match_start must not be empty."""
    pattern = ctx.pattern
    string = ctx._string
    start = ctx.match_start
    # one marks list and one stack for every position tried (a failed run restores both)
    marks = [-1] * pattern.marks_size()
    stack = []
    if must_advance:
        if _match_at(ctx, marks, stack, False, True):
            return True
        start += 1
    while start <= ctx.end:
        if pattern.prefix >= 0:
            while start < ctx.end and ord(string[start]) != pattern.prefix:
                start += 1
            if start >= ctx.end:
                return False
        ctx.match_start = start
        if _match_at(ctx, marks, stack, False, False):
            return True
        start += 1
    return False
