from __future__ import print_function
import os, sys

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REVERSE = {}
for _i in range(len(ALPHABET)):
    REVERSE[ALPHABET[_i]] = _i


def encode(s):
    out = []
    i = 0
    while i < len(s):
        chunk = s[i:i + 3]
        n = 0
        for c in chunk:
            n = (n << 8) | ord(c)
        n <<= 8 * (3 - len(chunk))
        for k in range(4):
            if k <= len(chunk):
                out.append(ALPHABET[(n >> (18 - 6 * k)) & 63])
            else:
                out.append("=")
        i += 3
    return "".join(out)


def decode(s):
    out = []
    for i in range(0, len(s), 4):
        quad = s[i:i + 4]
        n = 0
        pad = 0
        for c in quad:
            n <<= 6
            if c == "=":
                pad += 1
            else:
                n |= REVERSE[c]
        for k in range(3 - pad):
            out.append(chr((n >> (16 - 8 * k)) & 255))
    return "".join(out)


def entry_point(argv):
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "RPython ~ rpy"]:
        e = encode(s)
        print(repr(s), e, decode(e) == s)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
