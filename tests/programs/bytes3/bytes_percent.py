# bytes % values (PEP 461): %s/%b of bytes and bytearray, %d/%i/%u/%x/%X/%o of ints, %e/%f/%g of
# floats, %r/%a (ascii(repr(v))), %c of an int or of one byte, flags, width, precision, '%%' and
# a dict with bytes keys; at import time (a header, a table, the errors Python raises) and in
# the running program.
import sys

HEADER = b'%-6s|%4d|%#06x|%c|%b' % (b'rec', 42, 255, 65, b'end')
TABLE = [b'%02X' % i for i in range(0, 256, 51)]
NAMED = b'%(name)s=%(value)5.2f' % {b'name': b'pi', b'value': 3.14159}
REPRS = b'%a %r %.4a|%-12r|' % ('caf\xe9', '\u20ac', 'xyzzy', b'q\n')


class Raw:
    def __bytes__(self):
        return b'<raw>'


RAW = b'[%s]' % Raw()
ASCII = ascii(['caf\xe9', '\u20ac\U0001f600'])
ERRORS = []
for fmt, value in [(b'%s', 1), (b'%s', 'text'), (b'%b', 2.5), (b'%s', None), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'),
                   (b'%c', 'a'), (b'%d %d', (1,)), (b'%d', (1, 2)), (b'%i', b'1'), (b'%x', 1.5), (b'%f', 'x'), (b'%y', 1),
                   (b'%(k)s', {b'j': b'x'}), (b'%u', None), (b'%o', [])]:
    try:
        ERRORS.append(fmt % value)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        ERRORS.append(('%s: %s' % (type(e).__name__, e)).encode())


def record(name, count, ratio):
    return b'%-8s %5d %6.2f%%' % (name, count, ratio)


def maybe(flag):
    return b'yes' if flag else None


def main():
    print(HEADER)
    print(TABLE)
    print(NAMED)
    print(REPRS)
    print(RAW)
    print(ASCII)
    for line in ERRORS:
        print(line)
    words = [b'alpha', b'be', b'gamma']
    if len(sys.argv) > 1:
        words = [a.encode() for a in sys.argv[1:]]
    for i, w in enumerate(words):
        print(record(w, len(w) * 7 - 20, len(w) / 3.0))
        print(b'[%10s] [%-10b] [%.3s] [%r] [%a] [%5.1s]' % (w, w, w, w, w, w))
        print(b'%x %X %o %#x %#o %+d % d %05d %-5d|%i %u' % (i + 250, i + 250, i + 8, i + 250, i + 8, i, i, -i - 3, i, i, i))
        print(b'%c%c%3c|%-3c|' % (97 + i, w[:1], w[-1], 48 + i))
        print(b'%e %g %.0f %E %G %s' % (i * 1234.5678, i / 7.0, i + 0.5, -i * 1e20, 1e-9 * (i + 1), bytearray(w)))
        print(b'%r %a %r %a' % (bytearray(w), w.decode() + '\xe9', i * 1.5, [w, w[:2]]))
        print('%s %r' % (w, w))
        table = {b'word': w, b'n': b'%d' % len(w)}
        print(b'%(word)s has %(n)s bytes; %(word)r' % table)
        for code in [i * 100, -i, 65 + i]:
            try:
                print(b'%c' % code)
            except OverflowError as e:
                print('OverflowError', e)
        for piece in [w[:i], w[:1]]:
            try:
                print(b'%c' % piece)
            except TypeError as e:
                print('TypeError', e)
        try:
            print(b'<%s>' % maybe(i % 2 == 0))
        except TypeError as e:
            print('TypeError', e)
    print(b'%d%%' % 50)
    print(b'%s' % b'single')


main()
