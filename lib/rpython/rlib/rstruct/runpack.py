"""rpy's version of rpython.rlib.rstruct.runpack: runpack(fmt, s) is
struct.unpack(fmt, s) for a format that is a constant where it is called.

As in RPython, runpack is specialized on its format: for each format a
function is generated once (create_unpacker, a specialize.memo function, which
the translator runs while translating) whose result has one type per field, so
runpack('<iHd', s) returns a tuple (int, int, float) and a format of one field
returns that value itself. The fields:

    x pad byte   c char   ? bool   b B h H i I l L q Q  ints   e f d  floats
    Ns           a string of N bytes
    Nx, Nc...    N fields (N pad bytes)

The first character may give the byte order: '@' (the default: native order,
sizes and alignment of x86-64), '=' (native order, standard sizes, no
alignment), '<' (little-endian), '>' and '!' (big-endian). Unsigned fields of
8 bytes are r_ulonglong (r_uint); every other integer field is an int. Data
shorter than the format raises StructError; bytes past its end are ignored.
"""

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rstruct import ieee
from rpython.rlib.rstruct.error import StructError

# code: (standard size, native size, kind) -- kind is 's'igned, 'u'nsigned,
# 'f'loat, 'c'har, 'b'ool, 'x' (pad), 'S'tring
_CODES = {
    'x': (1, 1, 'x'), 'c': (1, 1, 'c'), '?': (1, 1, 'b'), 's': (1, 1, 'S'),
    'b': (1, 1, 's'), 'B': (1, 1, 'u'), 'h': (2, 2, 's'), 'H': (2, 2, 'u'),
    'i': (4, 4, 's'), 'I': (4, 4, 'u'), 'l': (4, 8, 's'), 'L': (4, 8, 'u'),
    'q': (8, 8, 's'), 'Q': (8, 8, 'u'), 'e': (2, 2, 'f'), 'f': (4, 4, 'f'),
    'd': (8, 8, 'f'),
}


def read_unsigned(s, pos, size, be):
    """The unsigned integer in s[pos:pos+size], as an r_ulonglong."""
    value = r_ulonglong(0)
    for i in range(size):
        if be:
            c = ord(s[pos + i])
        else:
            c = ord(s[pos + size - 1 - i])
        value = (value << 8) | r_ulonglong(c)
    return value


def read_signed(s, pos, size, be):
    """The two's complement integer in s[pos:pos+size], as an int."""
    value = intmask(read_unsigned(s, pos, size, be))
    if size < 8 and value >= 1 << (size * 8 - 1):
        value -= 1 << (size * 8)
    return value


def read_small_unsigned(s, pos, size, be):
    """The unsigned integer in s[pos:pos+size] (size < 8), as an int."""
    return intmask(read_unsigned(s, pos, size, be))


def read_float(s, pos, size, be):
    return ieee.unpack_float(s[pos:pos + size], be)


def read_bool(s, pos):
    return ord(s[pos]) != 0


def check_length(s, size):
    if len(s) < size:
        raise StructError("unpack str size too short for format")


def parse_format(fmt):
    """The fields of the format fmt: (big-endian?, [(kind, offset, size)...],
    total size). Raises StructError for a bad format."""
    be = False
    native = True
    start = 0
    if len(fmt) > 0 and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        be = fmt[0] in '>!'
        start = 1
    fields = []
    pos = 0
    i = start
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = -1
        while i < len(fmt) and fmt[i].isdigit():
            if count < 0:
                count = 0
            count = count * 10 + ord(fmt[i]) - ord('0')
            i += 1
        if i >= len(fmt):
            raise StructError("repeat count given without format specifier")
        c = fmt[i]
        i += 1
        if c not in _CODES:
            raise StructError("bad char in struct format")
        std_size, native_size, kind = _CODES[c]
        size = native_size if native else std_size
        if native and size > 1:
            pos = (pos + size - 1) // size * size
        if count < 0:
            count = 1
        if kind == 'S':
            fields.append(('S', pos, count))
            pos += count
        elif kind == 'x':
            pos += count * size
        else:
            for k in range(count):
                fields.append((kind, pos, size))
                pos += size
    return be, fields, pos


def _field_source(kind, pos, size, be):
    if kind == 's':
        return 'read_signed(s, %d, %d, %s)' % (pos, size, be)
    if kind == 'u':
        if size == 8:
            return 'read_unsigned(s, %d, %d, %s)' % (pos, size, be)
        return 'read_small_unsigned(s, %d, %d, %s)' % (pos, size, be)
    if kind == 'f':
        return 'read_float(s, %d, %d, %s)' % (pos, size, be)
    if kind == 'b':
        return 'read_bool(s, %d)' % pos
    if kind == 'c':
        return 's[%d]' % pos
    return 's[%d:%d]' % (pos, pos + size)


_unpackers = {}


@specialize.memo()
def create_unpacker(fmt):
    """The function unpacking the format fmt from a string (made once per
    format; under the translator this runs while translating)."""
    if fmt in _unpackers:
        return _unpackers[fmt]
    be, fields, total = parse_format(fmt)
    lines = ['def unpack(s):', '    check_length(s, %d)' % total]
    names = []
    for k in range(len(fields)):
        kind, pos, size = fields[k]
        names.append('v%d' % k)
        lines.append('    v%d = %s' % (k, _field_source(kind, pos, size, be)))
    if len(names) == 1:
        lines.append('    return v0')
    else:
        lines.append('    return (%s)' % ', '.join(names))
    namespace = {
        'check_length': check_length, 'read_signed': read_signed,
        'read_unsigned': read_unsigned, 'read_small_unsigned': read_small_unsigned,
        'read_float': read_float, 'read_bool': read_bool,
    }
    exec(compile('\n'.join(lines) + '\n', '<runpack %s>' % fmt, 'exec'), namespace)
    unpack = namespace['unpack']
    _unpackers[fmt] = unpack
    return unpack


@specialize.arg(0)
def runpack(fmt, input):
    """struct.unpack(fmt, input) for a constant format fmt (see the module's
    documentation for the formats)."""
    return create_unpacker(fmt)(input)
