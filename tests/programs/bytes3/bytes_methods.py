# bytes methods, bytes.fromhex, int.from_bytes and int.to_bytes, as python3 gives them.
import sys


def main():
    n = len(sys.argv)
    b = b"  hello, world; hello!  " * n
    print(b.hex(), b"".hex(), b"\x00\xff\x10".hex())
    print(bytes.fromhex("00ff10"), bytes.fromhex(" de ad  be ef "), bytes.fromhex(""))
    for bad in ["0g", "abc", "a b"]:
        try:
            print(bytes.fromhex(bad))
        except ValueError as e:
            print("ValueError:", e)
    print(b.find(b"hello"), b.find(b"hello", 5), b.find(b"zz"), b.rfind(b"hello"), b.find(b"l", -5), b.find(b""))
    print(b.count(b"l"), b.count(b"hello", 0, 10), b.index(b"world"), b"aaa".count(b""))
    try:
        print(b.index(b"nope"))
    except ValueError as e:
        print("ValueError:", e)
    print(b.startswith(b"  he"), b.endswith(b"!  "), b.startswith(b"x"))
    print(b.split(), b.split(b","), b.split(b"l", 2), b"a,b,,c".split(b","), b"".split(), b"  ".split(b" "))
    try:
        print(b.split(b""))
    except ValueError as e:
        print("ValueError:", e)
    print(b"-".join([b"a", b"bc", b""]), b"".join([]), b", ".join(b.split()))
    print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(b"ab"))
    print(b.replace(b"hello", b"bye"), b"aaaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"), b"ab".replace(b"", b"-", 1))
    print(b"MiXeD \xc3\xa9 123".upper(), b"MiXeD \xc3\x89 123".lower())
    for v in [0, 1, 255, 256, 65535, -1, -128, -129, 2**31, 2**63 - 1, -(2**63)]:
        for length in [1, 2, 4, 8, 9]:
            for order in ["big", "little"]:
                for signed in [False, True]:
                    try:
                        r = v.to_bytes(length, order, signed=signed)
                        back = int.from_bytes(r, order, signed=signed)
                        print(v, length, order, signed, r, back)
                    except OverflowError as e:
                        print(v, length, order, signed, "OverflowError:", e)
    print((5).to_bytes(), (258).to_bytes(2, "little"), (7).to_bytes(length=3, byteorder="big"))
    print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
    print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 12 + b"\x05", "big"), int.from_bytes(b"\xff" * 10, "big", signed=True))
    try:
        print((1).to_bytes(2, "middle"))
    except ValueError as e:
        print("ValueError:", e)


main()
