# python2
# Import-time str predicates in Python 2: a str tests bytes (the C locale: '\xc3\xa9' is not
# alphabetic), a unicode tests code points with the Unicode tables.
import sys

BYTES = ['\xc3\xa9', '\xd9\xa3', 'abc', 'A1', ' \t', '\x1c', 'Ab']
UNI = [u'\u0663', u'\u00bd', u'\u00e9', u'\u3000', u'\x1c', u'\u00c9T\u00c9', u'\u00e9t\u00e9', u'\u01c5', u'a1']
B_TABLE = [[s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()] for s in BYTES]
U_TABLE = [[s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]
           for s in UNI]


def entry_point(argv):
    for s, row in zip(BYTES, B_TABLE):
        print repr(s), ''.join(['1' if b else '0' for b in row])
    for s, row in zip(UNI, U_TABLE):
        print repr(s), ''.join(['1' if b else '0' for b in row])
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
