# Python 3 bytes: literals, items (ints), slices, operators, comparisons, iteration, repr and
# printing, bytes(...) and bytes as dict keys and set items, as python3 gives them.
import sys


def show(b):
    print(b, len(b), repr(b), str(b), f"<{b}>", "%s|%r" % (b, b))


def items(b):
    total = 0
    for x in b:
        total += x
    print("first", b[0], "last", b[-1], "sum", total, [x for x in b if x > 100])
    try:
        print(b[len(b)])
    except IndexError as e:
        print("IndexError:", e)


def main():
    n = len(sys.argv)
    a = b"abc" * n
    show(a)
    show(b"")
    show(b"it's")
    show(b'say "hi"')
    show(b'both \' and "')
    show(b"\x00\x01\x7f\x80\xff\t\n\r\\ tab")
    show(b"\101\102\x43")
    show(rb"\x00raw")
    items(b"\x00\x10\xfe\xffA")
    print(a[1:], a[:-1], a[::2], a[::-1], a[5:1], a[1:100])
    c = a + b"-" + bytes(n)
    print(c, 2 * b"xy", b"xy" * 0)
    print(a == b"abc", a != b"abc", a == "abc", "abc" == a, a != "abc", b"" == "")
    print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a", b"b" >= b"b", b"" <= b"")
    print(b"bc" in a, b"zz" in a, 98 in a, 200 not in a, b"" in a)
    try:
        print(256 in a)
    except ValueError as e:
        print("ValueError:", e)
    print(bool(b""), bool(a), not b"")
    if a:
        print("non-empty")
    print(bytes(3), bytes([65, 66, 0, 255]), bytes(a), bytes([]))
    try:
        print(bytes([1, 256]))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(bytes(-1))
    except ValueError as e:
        print("ValueError:", e)
    d = {}
    for k in [b"x", b"y", b"x" + b"", a[:1], b"a"]:
        d[k] = d.get(k, 0) + 1
    print(d, sorted(d), b"x" in d)
    s = {b"p", b"q", b"p"}
    print(len(s), b"q" in s, sorted(s))
    print(hash(b"ab") == hash(b"a" + b"b"))
    lst = [b"z", b"a", b"\x00"]
    lst.sort()
    print(lst, max(lst), min(lst), lst.index(b"z"))
    print(bytearray(a), bytes(bytearray(b"xyz")), str(bytearray(b"q")))
    ba = bytearray(a)
    print(ba == a, a == ba, ba != b"zz", ba == "abc", "abc" != ba, ba == bytearray(b"abc"))
    text = "abc" * n
    print(isinstance(a, bytes), isinstance(a, str), isinstance(text, bytes), isinstance(text, str))


main()
