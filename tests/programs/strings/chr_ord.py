from __future__ import print_function
import os, sys


def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


def entry_point(argv):
    print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
    print(chr(65), chr(97) + chr(98), chr(48), repr(chr(10)), repr(chr(0)), repr(chr(127)))
    enc = caesar("Hello, World!", 3)
    print(enc)
    print(caesar(enc, 23))
    print("".join([chr(i) for i in range(ord("a"), ord("a") + 26)]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
