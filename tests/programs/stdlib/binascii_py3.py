import binascii
import sys

# Python 3's binascii on bytes, at import time and in translated code: hexlify/b2a_hex give bytes,
# unhexlify/a2b_hex take bytes or an ASCII str, crc32 is unsigned (with and without a running
# value), and the errors are binascii.Error (a ValueError) with python3's messages.

KEY = binascii.unhexlify(b"4869210a")
KEY2 = binascii.unhexlify("DEADbeef")
SUM = binascii.crc32(b"hello world")
HEX = binascii.hexlify(b"\x00\xffRPython")


def show(words):
    for w in words:
        h = binascii.hexlify(w)
        print(h, binascii.b2a_hex(w) == h, binascii.unhexlify(h) == w, binascii.a2b_hex(h.decode()) == w)
        print(binascii.crc32(w), binascii.crc32(w, 12345), binascii.crc32(w, binascii.crc32(b"x")))


print(KEY, KEY2, SUM, HEX)
show([b"", b"a", b"hello world", b"\x00\xff\x10RPython", " ".join(sys.argv[1:]).encode()])
print(binascii.hexlify(bytearray(b"\x01\x02")), binascii.crc32(bytearray(b"abc")))
print(binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff"))
for bad in [b"abc", b"zz", b"0g"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", str(e), isinstance(e, ValueError))
for sbad in ["abc", "zz", "0\u00e9"]:
    try:
        binascii.a2b_hex(sbad)
    except ValueError as e:
        print(type(e).__name__ + ":", str(e))
for f in [binascii.hexlify, binascii.b2a_hex]:
    try:
        f(" ".join(sys.argv))
    except TypeError as e:
        print("TypeError:", str(e))
try:
    binascii.crc32("abc")
except TypeError as e:
    print("TypeError:", str(e))
