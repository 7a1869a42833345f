# python2
# rpython.rlib.rstring's helpers with RPython's meaning: startswith/endswith take start and end
# as a slice's bounds (negative ones count from the end: end=-1 leaves the last character out),
# find/rfind/count with bounds, replace and replace_count (the number of replacements),
# strip_spaces, split/rsplit; at import time and translated.
from rpython.rlib.rstring import startswith, endswith, find, rfind, count, replace, replace_count, strip_spaces, split, rsplit

AT_IMPORT = [startswith('hello', 'hell', 0, -1), endswith('hello', 'll', 0, -1), replace_count('a-b-c', '-', '+', 1)]


def entry_point(argv):
    s = 'hello world' + argv[0][:0]
    print AT_IMPORT
    print startswith(s, 'hello'), startswith(s, 'world', 6), startswith(s, 'world', -5), startswith(s, 'hello', 0, 4)
    print endswith(s, 'world'), endswith(s, 'worl', 0, -1), endswith(s, 'hello', 0, 5), endswith(s, 'o', -100, -6)
    print startswith(s, '', 11), startswith(s, '', 12), endswith(s, 'd', 3, 2)
    print find(s, 'o', 0, len(s)), find(s, 'o', 5, len(s)), rfind(s, 'o', 0, len(s)), rfind(s, 'o', 0, 5), count(s, 'l', 0, len(s)), count(s, 'l', 4, 10)
    print replace(s, 'l', 'L'), replace(s, 'l', 'L', 2), replace_count(s, 'o', '0'), replace_count(s, 'o', '0', 1), replace_count(s, 'z', 'Z')
    print replace_count('ab', '', '-'), replace_count('ab', '', '-', 2), replace_count(s, 'l', 'x', 0)
    print repr(strip_spaces(' \t x y \n')), repr(strip_spaces('   ')), split('a b  c'), rsplit('a,b,c', ',', 1)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
