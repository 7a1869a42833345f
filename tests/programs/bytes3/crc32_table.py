# A checksum script as people write it: CRC-32 (the zlib polynomial) with a 256-entry table, and
# Adler-32, over byte strings built from text; printed as python3 prints them.
import sys

POLY = 0xEDB88320


def make_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = POLY ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


TABLE = make_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def main():
    messages = [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", "héllo wörld".encode("utf-8"),
                bytes(range(256)), b"\x00" * 32]
    for arg in sys.argv[1:]:
        messages.append(arg.encode())
    for m in messages:
        c = crc32(m)
        print(f"{len(m):4d} crc32={c:08x} adler32={adler32(m):08x} {m[:12]!r}")
    # incremental: the CRC of the halves chained equals the CRC of the whole
    whole = messages[3]
    half = len(whole) // 2
    print(crc32(whole[half:], crc32(whole[:half])) == crc32(whole))
    print(hex(crc32(b"123456789")))


main()
