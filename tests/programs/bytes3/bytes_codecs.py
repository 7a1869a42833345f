# str.encode() and bytes.decode(): utf-8, ascii and latin-1 with errors strict, replace and ignore,
# Python's messages for what cannot be encoded or decoded.
import sys


def enc(s, encoding, errors="strict"):
    try:
        print(repr(s), encoding, errors, "->", s.encode(encoding, errors))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    except LookupError as e:
        print("LookupError:", e)


def dec(b, encoding, errors="strict"):
    try:
        print(b, encoding, errors, "->", repr(b.decode(encoding, errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    except LookupError as e:
        print("LookupError:", e)


def main():
    tail = "!" * (len(sys.argv) - 1)
    texts = ["plain" + tail, "café" + tail, "naïve ü€ end" + tail, "€€x€" + tail, "😀 ok" + tail, ""]
    for s in texts:
        for encoding in ["utf-8", "ascii", "latin-1"]:
            for errors in ["strict", "replace", "ignore"]:
                enc(s, encoding, errors)
    print("é".encode(), "é".encode("UTF8"), "é".encode("Latin1"), "é".encode(encoding="iso-8859-1"))
    print("x".encode(errors="strict"), bytes("hé", "utf-8"), bytes("hé", "latin-1"), bytes("h?", "ascii", "strict"))
    enc("x", "no-such-codec")
    enc("é", "ascii", "bogus")
    enc("e", "ascii", "bogus")
    datas = [b"abc", b"caf\xc3\xa9", b"\xff\xfeA", b"A\xe4\xb8", b"A\xe4\xb8\x41", b"\xe4\x41", b"\xc3", b"\xed\xa0\x80x",
             b"\xf0\x9f\x98\x80!", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xf5\x80", b"\xe9t\xe9"]
    for b in datas:
        for encoding in ["utf-8", "ascii", "latin-1"]:
            for errors in ["strict", "replace", "ignore"]:
                dec(b, encoding, errors)
    print(b"ok".decode(), b"\xc3\xa9".decode("utf_8"), b"\xe9".decode(encoding="latin1"), b"x".decode(errors="ignore"))
    dec(b"x", "rot13x")
    s = "".join(["h", "é", "l", "l", "ø"]) + tail
    print(s.encode().decode() == s, len(s.encode()), len(s))


main()
