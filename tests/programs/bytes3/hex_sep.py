# bytes.hex(sep, bytes_per_sep): a separator between groups of bytes, counted from the right for
# a positive bytes_per_sep and from the left for a negative one; sep is a str or bytes of one
# ASCII character (ValueError otherwise). rpy refused any argument. Also bytes.fromhex() with
# whitespace between the pairs.
import sys


def main():
    n = len(sys.argv)  # 1: the values are not constants
    data = bytes([1, 2, 3, 4, 5, 0xAB, 0xFF][: 6 + n])
    print(data.hex(), data.hex(":"), data.hex(":", 2), data.hex(":", -2), data.hex(b"-", 3))
    print(data.hex("_", 0), data.hex(" ", 100), data.hex(sep="|", bytes_per_sep=-3), b"".hex(":"))
    print(data[:1].hex(":", 2), data[:4].hex(":", 2), data[:4].hex(":", -2), data.hex(":", -1 * n))
    for sep in ["::", "\u00e9", "", "\u00e9".encode("latin-1").decode("latin-1")]:
        try:
            print(data.hex(sep))
        except ValueError as e:
            print("ValueError", e)
    try:
        print(data.hex(b"\xe9"))
    except ValueError as e:
        print("ValueError", e)
    print(bytes.fromhex(" 0a 0b  ff\t10 "), bytes.fromhex(data.hex()) == data)


main()
