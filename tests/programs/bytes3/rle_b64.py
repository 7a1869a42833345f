# A run-length encoder and a base64 encoder/decoder written by hand over bytes, the way scripts
# do it without importing base64; printed as python3 prints them.
import sys

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rle_encode(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(bytes([j - i, data[i]]))
        i = j
    return b"".join(out)


def rle_decode(data):
    out = b""
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return out


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        quad = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[3] = ord("=")
        if len(chunk) < 2:
            quad[2] = ord("=")
        out.append(bytes(quad))
    return b"".join(out)


def b64decode(text):
    data = text.rstrip(b"=")
    out = b""
    for i in range(0, len(data), 4):
        group = data[i:i + 4]
        n = 0
        for c in group:
            n = (n << 6) | ALPHABET.index(bytes([c]))
        n <<= 6 * (4 - len(group))
        out += n.to_bytes(3, "big")[:len(group) - 1]
    return out


def main():
    samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"aaaaabbbcccccccccd", "ünïcödé".encode(), bytes(300)]
    for a in sys.argv[1:]:
        samples.append(a.encode("utf-8"))
    for s in samples:
        r = rle_encode(s)
        e = b64encode(s)
        print(len(s), r[:16].hex(), rle_decode(r) == s, e.decode("ascii")[:40], b64decode(e) == s)


main()
