# python2
import sys
import binascii

# binascii at import time and in translated code: hexlify/unhexlify (and their b2a_/a2b_ names),
# crc32 with and without a running value (signed in Python 2), the errors of unhexlify.

KEY = binascii.unhexlify("4869210a")
SUM = binascii.crc32("hello world")


def entry_point(argv):
    print KEY, SUM
    words = ["", "a", "hello world", "\x00\xff\x10RPython", " ".join(argv[1:])]
    for w in words:
        h = binascii.hexlify(w)
        print repr(h), binascii.b2a_hex(w) == h, binascii.unhexlify(h) == w
        print binascii.crc32(w), binascii.crc32(w, 12345), binascii.crc32(w, binascii.crc32("x"))
    print repr(binascii.a2b_hex("DEADbeef"))
    for bad in ["abc", "zz", "0g"]:
        try:
            binascii.unhexlify(bad)
        except TypeError as e:
            print "TypeError:", str(e)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
