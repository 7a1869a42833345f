# str.split()/rsplit()/strip()/splitlines() with no separator split at Unicode whitespace and line
# breaks (U+3000, U+0085, U+2028, '\x1c'...), at import time and in translated code; rsplit() and
# splitlines() of such text were refused at run time ("... is not supported by rpy yet"), and the
# import-time evaluator knew only ASCII whitespace (' \u3000a'.split() kept U+3000).  bytes keep
# their ASCII rules.
import sys

WS = [0x9, 0xb, 0x1c, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x2028, 0x2029, 0x202f, 0x3000, 0x200b]


def parts(u):
    return (u.split(), u.split(None, 1), u.rsplit(), u.rsplit(None, 1), u.strip(), u.lstrip(), u.rstrip(),
            u.splitlines(), u.splitlines(True))


AT_IMPORT = [parts(chr(cp) + "a" + chr(cp) * 2 + "b\xe9" + chr(cp) + "c" + chr(cp)) for cp in WS]
B_IMPORT = b"a\x0bb\x1cc\x0cd\r\ne\x85f".split()


def main():
    t = sys.argv[0][:0]
    for k in range(len(WS)):
        w = chr(WS[k]) + t
        now = parts(w + "a" + w + w + "b\xe9" + w + "c" + w)
        print(hex(WS[k]), now, now == AT_IMPORT[k])
    print(("a\u2028b\r\nc\rd\n\ne" + t).splitlines(True), ("\u3000a\u3000b\u3000" + t).rsplit(None, 1))
    b = t.encode() + b"a\x0bb\x1cc\x0cd\r\ne\x85f"
    print(b.split(), b.split() == B_IMPORT)


main()
