"""The pattern compiler of rpy's rsre: a regular expression in Python 2.7's
syntax, parsed into a tree of nodes and compiled into the program that
rsre_core's backtracking machine runs (a list of ints, the opcodes below).

Written in RPython: programs compile their constant patterns while they are
imported (or translated: rsre_re.compile is a specialize.memo function), and
a translated program may compile a pattern it builds at run time.

The program: each instruction is an opcode followed by its operands.

    FAILURE                       fail here
    SUCCESS                       the match ends here
    CHAR c / CHAR_IGNORE c        one character (c lower-cased)
    ANY / ANY_ALL                 one character but newline / any character
    SET k                         one character of pattern.sets[k]
    SPLIT a b                     go on at a; on backtracking, at b
    JUMP a
    MARK slot                     marks[slot] = position (groups' starts and ends)
    AT kind                       an anchor (^ $ \\A \\Z \\b \\B), see AT_*
    GROUPREF g / GROUPREF_IGNORE g       the text group g matched
    GROUPREF_EXISTS g else        go on if group g matched, else at `else`
    ASSERT negate back end <sub> SUCCESS  lookahead (back 0) or lookbehind of
                                  fixed width `back`; then go on at end
    REPEAT_ONE min max next <item>       greedy repeat of one-character item
    MIN_REPEAT_ONE min max next <item>   the same, lazy (max -1: no limit)
    LOOP_ENTER reg                marks[reg] = position (a loop's iteration start)
    LOOP_CHECK reg exit           an iteration that matched nothing leaves the
                                  loop (at exit), as sre does
"""

OP_FAILURE = 0
OP_SUCCESS = 1
OP_CHAR = 2
OP_CHAR_IGNORE = 3
OP_ANY = 4
OP_ANY_ALL = 5
OP_SET = 6
OP_SPLIT = 7
OP_JUMP = 8
OP_MARK = 9
OP_AT = 10
OP_GROUPREF = 11
OP_GROUPREF_IGNORE = 12
OP_GROUPREF_EXISTS = 13
OP_ASSERT = 14
OP_REPEAT_ONE = 15
OP_MIN_REPEAT_ONE = 16
OP_LOOP_ENTER = 17
OP_LOOP_CHECK = 18

AT_BEGINNING = 0
AT_BEGINNING_LINE = 1
AT_BEGINNING_STRING = 2
AT_END = 3
AT_END_LINE = 4
AT_END_STRING = 5
AT_BOUNDARY = 6
AT_NON_BOUNDARY = 7

CAT_DIGIT = 0
CAT_NOT_DIGIT = 1
CAT_SPACE = 2
CAT_NOT_SPACE = 3
CAT_WORD = 4
CAT_NOT_WORD = 5

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64


MAXREPEAT = -1          # no upper bound
MAX_CODE = 1000000      # the largest program a pattern may compile into

try:
    unichr
except NameError:       # Python 3
    unichr = chr


try:
    import re as _host_re
    _error_base = _host_re.error
except ImportError:
    _error_base = Exception


class error(_error_base):
    """A pattern that is not a regular expression. A subclass of the
    program's re.error, so that `except re.error` catches it in a program
    whose re calls rpy translates into rsre_re's."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg

    def __str__(self):
        return self.msg


# ____________________________________________________________
# characters

def is_word(c, flags):
    if c < 128:
        return (ord('a') <= c <= ord('z') or ord('A') <= c <= ord('Z') or
                ord('0') <= c <= ord('9') or c == ord('_'))
    if flags & SRE_FLAG_UNICODE:
        return unichr(c).isalnum()
    return False


# The characters str.isdigit() accepts and str.isdecimal() (what \d matches)
# does not: superscripts, subscripts, circled and other digit-valued signs, as
# inclusive ranges (Unicode 14, Python 3.11's unicodedata). Translated code has
# isdigit() but no isdecimal(): is_digit takes these out.
_DIGITS_NOT_DECIMAL = [
    0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070,
    0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490,
    0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788,
    0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
    0x1f100, 0x1f10a]


def is_digit(c, flags):
    if c < 128:
        return ord('0') <= c <= ord('9')
    if flags & SRE_FLAG_UNICODE:
        i = 0
        while i < len(_DIGITS_NOT_DECIMAL):
            if _DIGITS_NOT_DECIMAL[i] <= c <= _DIGITS_NOT_DECIMAL[i + 1]:
                return False
            i += 2
        return unichr(c).isdigit()
    return False


def is_space(c, flags):
    if c < 128:
        if flags & SRE_FLAG_UNICODE and 28 <= c <= 31:
            return True     # Unicode's separators \x1c-\x1f are spaces too
        return c == 32 or 9 <= c <= 13
    if flags & SRE_FLAG_UNICODE:
        return unichr(c).isspace()
    return False


def lower(c, flags):
    """The lower case of the character code c, as sre's IGNORECASE sees it:
    ASCII letters only, unless the pattern has the UNICODE flag."""
    if c < 128:
        if ord('A') <= c <= ord('Z'):
            return c + 32
        return c
    if flags & SRE_FLAG_UNICODE:
        return ord(unichr(c).lower()[0])
    return c


def in_category(cat, c, flags):
    if cat == CAT_DIGIT:
        return is_digit(c, flags)
    if cat == CAT_NOT_DIGIT:
        return not is_digit(c, flags)
    if cat == CAT_SPACE:
        return is_space(c, flags)
    if cat == CAT_NOT_SPACE:
        return not is_space(c, flags)
    if cat == CAT_WORD:
        return is_word(c, flags)
    return not is_word(c, flags)


class CharSet(object):
    """A character class: ranges (lo, hi pairs, inclusive) and categories,
    possibly negated; with IGNORECASE the character is lower-cased before the
    test (and the set's own characters were, when it was built, as sre does)."""

    def __init__(self, ranges, cats, negate, ignore):
        self.ranges = ranges
        self.cats = cats
        self.negate = negate
        self.ignore = ignore

    def contains(self, c, flags):
        if self.ignore:
            c = lower(c, flags)
        found = False
        i = 0
        while i < len(self.ranges):
            if self.ranges[i] <= c <= self.ranges[i + 1]:
                found = True
                break
            i += 2
        if not found:
            for cat in self.cats:
                if in_category(cat, c, flags):
                    found = True
                    break
        return found != self.negate


# ____________________________________________________________
# the tree

class Node(object):
    """A piece of a pattern. width() gives the (min, max) number of
    characters it matches (max -1: unbounded)."""

    def emit(self, comp):
        raise NotImplementedError

    def width(self):
        raise NotImplementedError

    def is_one_char(self):
        return False


class Literal(Node):
    def __init__(self, c):
        self.c = c

    def emit(self, comp):
        if comp.flags & SRE_FLAG_IGNORECASE:
            comp.code.append(OP_CHAR_IGNORE)
            comp.code.append(lower(self.c, comp.flags))
        else:
            comp.code.append(OP_CHAR)
            comp.code.append(self.c)

    def width(self):
        return 1, 1

    def is_one_char(self):
        return True


class Any(Node):
    def emit(self, comp):
        if comp.flags & SRE_FLAG_DOTALL:
            comp.code.append(OP_ANY_ALL)
        else:
            comp.code.append(OP_ANY)

    def width(self):
        return 1, 1

    def is_one_char(self):
        return True


class InSet(Node):
    def __init__(self, ranges, cats, negate):
        self.ranges = ranges
        self.cats = cats
        self.negate = negate

    def emit(self, comp):
        ignore = (comp.flags & SRE_FLAG_IGNORECASE) != 0
        ranges = self.ranges
        if ignore:
            ranges = []
            for i in range(len(self.ranges)):
                ranges.append(lower(self.ranges[i], comp.flags))
        comp.code.append(OP_SET)
        comp.code.append(len(comp.sets))
        comp.sets.append(CharSet(ranges, self.cats, self.negate, ignore))

    def width(self):
        return 1, 1

    def is_one_char(self):
        return True


class Seq(Node):
    def __init__(self, items):
        self.items = items

    def emit(self, comp):
        for item in self.items:
            item.emit(comp)

    def width(self):
        lo = 0
        hi = 0
        for item in self.items:
            a, b = item.width()
            lo += a
            if hi >= 0:
                hi = -1 if b < 0 else hi + b
        return lo, hi


class Alt(Node):
    def __init__(self, branches):
        self.branches = branches

    def emit(self, comp):
        code = comp.code
        jumps = []
        for i in range(len(self.branches)):
            if i < len(self.branches) - 1:
                code.append(OP_SPLIT)
                code.append(len(code) + 2)
                split_at = len(code)
                code.append(0)
                self.branches[i].emit(comp)
                code.append(OP_JUMP)
                jumps.append(len(code))
                code.append(0)
                code[split_at] = len(code)
            else:
                self.branches[i].emit(comp)
        for j in jumps:
            code[j] = len(code)

    def width(self):
        lo = -1
        hi = 0
        for b in self.branches:
            a, z = b.width()
            if lo < 0 or a < lo:
                lo = a
            if hi >= 0:
                hi = -1 if z < 0 else max(hi, z)
        if lo < 0:
            lo = 0
        return lo, hi


class Repeat(Node):
    def __init__(self, item, lo, hi, greedy):
        self.item = item
        self.lo = lo
        self.hi = hi            # MAXREPEAT: unbounded
        self.greedy = greedy

    def emit(self, comp):
        code = comp.code
        if self.item.is_one_char():
            code.append(OP_REPEAT_ONE if self.greedy else OP_MIN_REPEAT_ONE)
            code.append(self.lo)
            code.append(self.hi)
            at_next = len(code)
            code.append(0)
            self.item.emit(comp)
            code[at_next] = len(code)
            return
        for i in range(self.lo):
            self.item.emit(comp)
            comp.check_size()
        if self.hi == MAXREPEAT:
            reg = comp.new_register()
            top = len(code)
            code.append(OP_SPLIT)
            code.append(0)
            code.append(0)
            body = len(code)
            code.append(OP_LOOP_ENTER)
            code.append(reg)
            self.item.emit(comp)
            code.append(OP_LOOP_CHECK)
            code.append(reg)
            at_exit = len(code)
            code.append(0)
            code.append(OP_JUMP)
            code.append(top)
            end = len(code)
            code[at_exit] = end
            if self.greedy:
                code[top + 1] = body
                code[top + 2] = end
            else:
                code[top + 1] = end
                code[top + 2] = body
            return
        exits = []
        for i in range(self.hi - self.lo):
            at = len(code)
            code.append(OP_SPLIT)
            code.append(0)
            code.append(0)
            exits.append(at)
            self.item.emit(comp)
            comp.check_size()
        end = len(code)
        for at in exits:
            if self.greedy:
                code[at + 1] = at + 3
                code[at + 2] = end
            else:
                code[at + 1] = end
                code[at + 2] = at + 3

    def width(self):
        a, b = self.item.width()
        lo = a * self.lo
        if self.hi == MAXREPEAT:
            hi = -1 if b != 0 else 0
        elif b < 0:
            hi = -1
        else:
            hi = b * self.hi
        return lo, hi


class Group(Node):
    def __init__(self, index, item):
        self.index = index
        self.item = item

    def emit(self, comp):
        comp.code.append(OP_MARK)
        comp.code.append(2 * (self.index - 1))
        self.item.emit(comp)
        comp.code.append(OP_MARK)
        comp.code.append(2 * (self.index - 1) + 1)

    def width(self):
        return self.item.width()


class At(Node):
    def __init__(self, kind):
        self.kind = kind

    def emit(self, comp):
        kind = self.kind
        if comp.flags & SRE_FLAG_MULTILINE:
            if kind == AT_BEGINNING:
                kind = AT_BEGINNING_LINE
            elif kind == AT_END:
                kind = AT_END_LINE
        comp.code.append(OP_AT)
        comp.code.append(kind)

    def width(self):
        return 0, 0


class GroupRef(Node):
    def __init__(self, index):
        self.index = index

    def emit(self, comp):
        if comp.flags & SRE_FLAG_IGNORECASE:
            comp.code.append(OP_GROUPREF_IGNORE)
        else:
            comp.code.append(OP_GROUPREF)
        comp.code.append(self.index)

    def width(self):
        return 0, -1


class Assert(Node):
    def __init__(self, item, negate, behind):
        self.item = item
        self.negate = negate
        self.behind = behind

    def emit(self, comp):
        code = comp.code
        back = 0
        if self.behind:
            lo, hi = self.item.width()
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            back = lo
        code.append(OP_ASSERT)
        code.append(1 if self.negate else 0)
        code.append(back)
        at_end = len(code)
        code.append(0)
        self.item.emit(comp)
        code.append(OP_SUCCESS)
        code[at_end] = len(code)

    def width(self):
        return 0, 0


class GroupExists(Node):
    def __init__(self, index, yes, no):
        self.index = index
        self.yes = yes
        self.no = no

    def emit(self, comp):
        code = comp.code
        code.append(OP_GROUPREF_EXISTS)
        code.append(self.index)
        at_else = len(code)
        code.append(0)
        self.yes.emit(comp)
        code.append(OP_JUMP)
        at_end = len(code)
        code.append(0)
        code[at_else] = len(code)
        self.no.emit(comp)
        code[at_end] = len(code)

    def width(self):
        a, b = self.yes.width()
        c, d = self.no.width()
        hi = -1 if b < 0 or d < 0 else max(b, d)
        return min(a, c), hi


class Scoped(Node):
    """(?flags-flags:...) (Python 3.6+): item compiled with flags `add` set
    and `remove` cleared."""

    def __init__(self, item, add, remove):
        self.item = item
        self.add = add
        self.remove = remove

    def emit(self, comp):
        outer = comp.flags
        comp.flags = (outer | self.add) & ~self.remove
        self.item.emit(comp)
        comp.flags = outer

    def width(self):
        return self.item.width()


class Compiler(object):
    def __init__(self, flags):
        self.flags = flags
        self.code = []
        self.sets = []
        self.nregisters = 0

    def new_register(self):
        self.nregisters += 1
        return self.nregisters - 1

    def check_size(self):
        if len(self.code) > MAX_CODE:
            raise error("regular expression is too large")


# ____________________________________________________________
# the parser

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
FLAG_LETTERS = "iLmsux"

ESCAPES = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
CATEGORY_ESCAPES = {'d': CAT_DIGIT, 'D': CAT_NOT_DIGIT, 's': CAT_SPACE, 'S': CAT_NOT_SPACE,
                    'w': CAT_WORD, 'W': CAT_NOT_WORD}


def _flag_of(letter):
    if letter == 'i':
        return SRE_FLAG_IGNORECASE
    if letter == 'L':
        return SRE_FLAG_LOCALE
    if letter == 'm':
        return SRE_FLAG_MULTILINE
    if letter == 's':
        return SRE_FLAG_DOTALL
    if letter == 'u':
        return SRE_FLAG_UNICODE
    return SRE_FLAG_VERBOSE


class Parser(object):
    """Recursive descent over the pattern (its depth is the nesting of
    parentheses). Group numbers are given in the order groups open.

    py3: Python 3's syntax for inline flags: (?flags-flags:...) applies flags
    to part of the pattern, and global flags (?i) must start the pattern
    (Python 2.7 applies them to the whole pattern wherever they are)."""

    def __init__(self, pattern, flags, py3=False):
        self.s = pattern
        self.pos = 0
        self.flags = flags
        self.py3 = py3
        self.seen_item = False      # something but global flags read (py3's rule)
        self.ngroups = 0
        self.names = {}             # group name -> number
        self.open_groups = []

    def at_end(self):
        return self.pos >= len(self.s)

    def peek(self):
        return self.s[self.pos]

    def next_is(self, c):
        return self.pos < len(self.s) and self.s[self.pos] == c

    def fail(self, msg3, pos, msg2=None):
        """Raises error with Python 3's message msg3 and its " at position N"
        (and " (line L, column C)" in a pattern of several lines), or, in
        Python 2.7's syntax, its message msg2 (msg3 when the same), which
        tells no position."""
        if not self.py3:
            raise error(msg3 if msg2 is None else msg2)
        text = "%s at position %d" % (msg3, pos)
        line = 1
        last_nl = -1
        i = 0
        while i < pos and i < len(self.s):
            if self.s[i] == '\n':
                line += 1
                last_nl = i
            i += 1
        if '\n' in self.s:
            text += " (line %d, column %d)" % (line, pos - last_nl)
        raise error(text)

    def skip_verbose(self):
        if not self.flags & SRE_FLAG_VERBOSE:
            return
        while self.pos < len(self.s):
            c = self.s[self.pos]
            if c in " \t\n\r\v\f":
                self.pos += 1
            elif c == '#':
                while self.pos < len(self.s) and self.s[self.pos] != '\n':
                    self.pos += 1
            else:
                break

    def parse(self):
        # leading global flags first, as sre applies (?x) to the whole pattern
        node = self.parse_alt()
        if not self.at_end():
            if self.peek() == ')':
                self.fail("unbalanced parenthesis", self.pos)
            raise error("bogus characters at end of regular expression")
        return node

    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.next_is('|'):
            self.pos += 1
            self.seen_item = True
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return Alt(branches)

    def parse_seq(self):
        items = []
        while True:
            self.skip_verbose()
            if self.at_end():
                break
            c = self.peek()
            if c == '|' or c == ')':
                break
            atom = self.parse_atom()
            if atom is None:
                continue
            self.seen_item = True
            self.skip_verbose()
            atom = self.parse_repeats(atom)
            items.append(atom)
        return Seq(items)

    def parse_repeats(self, atom):
        if self.at_end() or self.peek() not in REPEAT_CHARS:
            return atom
        c = self.peek()
        rep_pos = self.pos
        lo = 0
        hi = MAXREPEAT
        if c == '*':
            self.pos += 1
        elif c == '+':
            lo = 1
            self.pos += 1
        elif c == '?':
            hi = 1
            self.pos += 1
        else:
            lo, hi = self.parse_braces()
            if lo < 0:
                return atom           # '{' not starting a repeat: a literal, read next
        if isinstance(atom, At):
            self.fail("nothing to repeat", rep_pos)
        if isinstance(atom, Repeat):
            self.fail("multiple repeat", rep_pos)
        greedy = True
        if self.next_is('?'):
            greedy = False
            self.pos += 1
        node = Repeat(atom, lo, hi, greedy)
        self.skip_verbose()
        if not self.at_end() and self.peek() in REPEAT_CHARS:
            if self.peek() != '{' or self.braces_ahead():
                self.fail("multiple repeat", self.pos)
        return node

    def braces_ahead(self):
        save = self.pos
        lo, hi = self.parse_braces()
        self.pos = save
        return lo >= 0

    def parse_braces(self):
        """{m}, {m,}, {,n}, {m,n} at pos: (lo, hi), pos moved past it; (-1, -1)
        (pos unchanged) when the '{' is a literal."""
        save = self.pos
        self.pos += 1
        lo_start = self.pos
        while self.pos < len(self.s) and self.s[self.pos] in DIGITS:
            self.pos += 1
        lo_text = self.s[lo_start:self.pos]
        hi_text = lo_text
        if self.next_is(','):
            self.pos += 1
            hi_start = self.pos
            while self.pos < len(self.s) and self.s[self.pos] in DIGITS:
                self.pos += 1
            hi_text = self.s[hi_start:self.pos]
            if hi_text == '':
                hi_text = '-'
        if not self.next_is('}') or (lo_text == '' and hi_text == ''):
            self.pos = save
            return -1, -1
        self.pos += 1
        lo = 0
        if lo_text != '':
            lo = int(lo_text)
        hi = MAXREPEAT
        if hi_text != '-':
            hi = int(hi_text)
            if hi < lo:
                raise error("bad repeat interval")
        if lo >= 4294967295 or hi >= 4294967295:
            raise error("the repetition number is too large")
        return lo, hi

    def parse_atom(self):
        c = self.peek()
        self.pos += 1
        if c == '.':
            return Any()
        if c == '^':
            return At(AT_BEGINNING)
        if c == '$':
            return At(AT_END)
        if c == '[':
            return self.parse_set()
        if c == '(':
            return self.parse_group()
        if c == '\\':
            return self.parse_escape()
        if c in "*+?":
            self.fail("nothing to repeat", self.pos - 1)
        if c == '{' and self.pos - 1 >= 0:
            self.pos -= 1
            if self.braces_ahead():
                self.fail("nothing to repeat", self.pos)
            self.pos += 1
        return Literal(ord(c))

    def parse_group(self):
        start = self.pos - 1        # the '('
        if self.next_is('?'):
            self.pos += 1
            if self.at_end():
                raise error("unexpected end of pattern")
            c = self.peek()
            self.pos += 1
            if c not in FLAG_LETTERS and c != '-' and c != '#':
                self.seen_item = True
            if c == ':':
                return self.finish_group(-1, start)
            if c == 'P':
                if self.next_is('<'):
                    self.pos += 1
                    name_pos = self.pos
                    name = self.read_name('>')
                    if name in self.names:
                        self.fail("redefinition of group name '%s' as group %d; was group %d"
                                  % (name, self.ngroups + 1, self.names[name]), name_pos)
                    self.ngroups += 1
                    self.names[name] = self.ngroups
                    return self.finish_group(self.ngroups, start)
                if self.next_is('='):
                    self.pos += 1
                    name = self.read_name(')')
                    if name not in self.names:
                        raise error("unknown group name")
                    return GroupRef(self.names[name])
                raise error("unexpected end of pattern")
            if c == '#':
                while not self.at_end() and self.peek() != ')':
                    self.pos += 1
                if self.at_end():
                    raise error("unbalanced parenthesis")
                self.pos += 1
                return None
            if c == '=' or c == '!':
                item = self.parse_alt()
                self.expect_close(start)
                return Assert(item, c == '!', False)
            if c == '<':
                if self.at_end():
                    raise error("syntax error")
                d = self.peek()
                self.pos += 1
                if d != '=' and d != '!':
                    raise error("syntax error")
                item = self.parse_alt()
                self.expect_close(start)
                return Assert(item, d == '!', True)
            if c == '(':
                return self.parse_conditional(start)
            if c in FLAG_LETTERS or (self.py3 and c == '-'):
                return self.parse_flags(c, start)
            raise error("unexpected end of pattern")
        self.seen_item = True
        self.ngroups += 1
        return self.finish_group(self.ngroups, start)

    def parse_flags(self, c, start):
        """(?flags) or, in Python 3, (?flags-flags:...), pos past its first
        letter c."""
        add = 0
        if c != '-':
            add = _flag_of(c)
            while not self.at_end() and self.peek() in FLAG_LETTERS:
                add |= _flag_of(self.peek())
                self.pos += 1
        if self.next_is(')') and c != '-':
            self.pos += 1
            if self.py3 and self.seen_item:
                raise error("global flags not at the start of the expression")
            self.flags |= add
            return None
        if not self.py3:
            raise error("unknown extension")
        remove = 0
        if c == '-' or self.next_is('-'):
            if c != '-':
                self.pos += 1
            if self.at_end():
                raise error("missing flag")
            while not self.at_end() and (self.peek() in FLAG_LETTERS or self.peek() == 'a'):
                letter = self.peek()
                if letter not in "imsx":
                    raise error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= _flag_of(letter)
                self.pos += 1
            if remove == 0:
                raise error("missing flag")
            if add & remove:
                raise error("bad inline flags: flag turned on and off")
        if not self.next_is(':'):
            raise error("missing :" if remove else "missing -, : or )")
        self.pos += 1
        self.seen_item = True
        outer = self.flags
        self.flags = (outer | add) & ~remove       # (?x:...) reads its part verbose
        item = self.parse_alt()
        self.flags = outer
        self.expect_close(start)
        return Scoped(item, add & ~SRE_FLAG_UNICODE, remove)

    def parse_conditional(self, start):
        name = self.read_name(')')
        if name in self.names:
            index = self.names[name]
        else:
            index = 0
            for ch in name:
                if ch not in DIGITS:
                    raise error("bad character in group name")
                index = index * 10 + ord(ch) - ord('0')
            if index == 0 and name != '0':
                raise error("bad character in group name")
        yes = self.parse_seq()
        no = Seq([])
        if self.next_is('|'):
            self.pos += 1
            no = self.parse_seq()
            if self.next_is('|'):
                raise error("conditional backref with more than two branches")
        self.expect_close(start)
        return GroupExists(index, yes, no)

    def finish_group(self, index, start):
        if index > 0:
            self.open_groups.append(index)
        item = self.parse_alt()
        self.expect_close(start)
        if index > 0:
            self.open_groups.pop()
            return Group(index, item)
        return item

    def expect_close(self, start):
        """The ')' of the group opened at start."""
        if not self.next_is(')'):
            self.fail("missing ), unterminated subpattern", start, "unbalanced parenthesis")
        self.pos += 1

    def read_name(self, terminator):
        start = self.pos
        while not self.at_end() and self.peek() != terminator:
            self.pos += 1
        if self.at_end():
            raise error("unterminated name")
        name = self.s[start:self.pos]
        self.pos += 1
        if name == '':
            raise error("missing group name")
        if terminator != ')' or not name.isdigit():
            if not (name[0].isalpha() or name[0] == '_'):
                raise error("bad character in group name")
            for ch in name:
                if not (ch.isalnum() or ch == '_'):
                    raise error("bad character in group name")
        return name

    def parse_escape(self):
        if self.at_end():
            self.fail("bad escape (end of pattern)", self.pos - 1, "bogus escape (end of line)")
        c = self.peek()
        self.pos += 1
        if c in CATEGORY_ESCAPES:
            return InSet([], [CATEGORY_ESCAPES[c]], False)
        if c == 'A':
            return At(AT_BEGINNING_STRING)
        if c == 'Z':
            return At(AT_END_STRING)
        if c == 'b':
            return At(AT_BOUNDARY)
        if c == 'B':
            return At(AT_NON_BOUNDARY)
        if c in DIGITS:
            if c == '0':
                return Literal(self.read_octal(0, 2))
            # three octal digits, or a group reference of one or two digits
            if (c in OCTDIGITS and self.pos + 1 < len(self.s) and self.s[self.pos] in OCTDIGITS
                    and self.s[self.pos + 1] in OCTDIGITS):
                value = (ord(c) - ord('0')) * 64 + (ord(self.s[self.pos]) - ord('0')) * 8 + \
                    ord(self.s[self.pos + 1]) - ord('0')
                self.pos += 2
                return Literal(value & 0xff)
            index = ord(c) - ord('0')
            if not self.at_end() and self.peek() in DIGITS:
                index = index * 10 + ord(self.peek()) - ord('0')
                self.pos += 1
            if index > self.ngroups:
                raise error("invalid group reference")
            for g in self.open_groups:
                if g == index:
                    raise error("cannot refer to an open group")
            return GroupRef(index)
        return Literal(self.escape_char(c))

    def read_octal(self, value, more):
        while more > 0 and not self.at_end() and self.peek() in OCTDIGITS:
            value = value * 8 + ord(self.peek()) - ord('0')
            self.pos += 1
            more -= 1
        return value & 0xff

    def escape_char(self, c):
        """The character an escape \\c outside categories denotes (pos past c)."""
        if c in ESCAPES:
            return ESCAPES[c]
        if c == 'x':
            start = self.pos
            while self.pos < len(self.s) and self.pos < start + 2 and self.s[self.pos] in HEXDIGITS:
                self.pos += 1
            digits = self.s[start:self.pos]
            if len(digits) != 2:
                raise error("bogus escape: '\\x%s'" % digits)
            return int(digits, 16)
        return ord(c)

    def parse_set(self):
        start = self.pos - 1        # the '['
        negate = False
        if self.next_is('^'):
            negate = True
            self.pos += 1
        ranges = []
        cats = []
        first = True
        while True:
            if self.at_end():
                self.fail("unterminated character set", start, "unexpected end of regular expression")
            c = self.peek()
            if c == ']' and not first:
                self.pos += 1
                break
            first = False
            self.pos += 1
            lo = -1
            if c == '\\':
                if self.at_end():
                    self.fail("bad escape (end of pattern)", self.pos - 1, "bogus escape (end of line)")
                e = self.peek()
                self.pos += 1
                if e in CATEGORY_ESCAPES:
                    cats.append(CATEGORY_ESCAPES[e])
                    continue
                if e in OCTDIGITS:
                    lo = self.read_octal(ord(e) - ord('0'), 2)
                elif e in DIGITS:
                    raise error("bogus escape: '\\%s'" % e)
                elif e == 'b':
                    lo = 8
                else:
                    lo = self.escape_char(e)
            else:
                lo = ord(c)
            hi = lo
            if self.next_is('-') and self.pos + 1 < len(self.s) and self.s[self.pos + 1] != ']':
                self.pos += 1
                d = self.peek()
                self.pos += 1
                if d == '\\':
                    if self.at_end():
                        raise error("unexpected end of regular expression")
                    e = self.peek()
                    self.pos += 1
                    if e in CATEGORY_ESCAPES:
                        raise error("bad character range")
                    if e in OCTDIGITS:
                        hi = self.read_octal(ord(e) - ord('0'), 2)
                    elif e == 'b':
                        hi = 8
                    else:
                        hi = self.escape_char(e)
                else:
                    hi = ord(d)
                if hi < lo:
                    raise error("bad character range")
            ranges.append(lo)
            ranges.append(hi)
        return InSet(ranges, cats, negate)


class Compiled(object):
    """A compiled pattern: what rsre_core.CompiledPattern is made of."""

    def __init__(self, code, sets, flags, ngroups, nregisters, groupindex):
        self.code = code
        self.sets = sets
        self.flags = flags
        self.ngroups = ngroups
        self.nregisters = nregisters
        self.groupindex = groupindex


def compile_pattern(pattern, flags, py3=False):
    """Parse and compile the regular expression `pattern` (a str or unicode)
    with the SRE_FLAG_* flags, in Python 3's syntax if py3 (else 2.7's);
    raises error for a bad pattern."""
    p = Parser(pattern, flags, py3)
    # flags given inside the pattern ((?i) anywhere) apply to all of it, as in Python 2.7
    tree = p.parse()
    if p.flags & SRE_FLAG_VERBOSE and not flags & SRE_FLAG_VERBOSE:
        p = Parser(pattern, p.flags, py3)     # (?x) inside: read it all again, verbose
        tree = p.parse()
    comp = Compiler(p.flags)
    tree.emit(comp)
    comp.code.append(OP_SUCCESS)
    comp.check_size()
    return Compiled(comp.code, comp.sets, p.flags, p.ngroups, comp.nregisters, p.names)
