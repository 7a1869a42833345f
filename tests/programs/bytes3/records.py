# A binary record packer: fixed-width fields with int.to_bytes, length-prefixed names, a header
# with a magic number and a checksum; then the file read back and listed. As python3 prints it.
import sys

MAGIC = b"RPY1"


class Record:
    def __init__(self, ident, name, score, delta):
        self.ident = ident
        self.name = name
        self.score = score
        self.delta = delta


def pack(rec):
    name = rec.name.encode("utf-8")
    return (rec.ident.to_bytes(4, "little") + len(name).to_bytes(1, "little") + name + rec.score.to_bytes(2, "big") +
            rec.delta.to_bytes(2, "big", signed=True))


def unpack(buf, pos):
    ident = int.from_bytes(buf[pos:pos + 4], "little")
    n = buf[pos + 4]
    name = buf[pos + 5:pos + 5 + n].decode("utf-8")
    p = pos + 5 + n
    score = int.from_bytes(buf[p:p + 2], "big")
    delta = int.from_bytes(buf[p + 2:p + 4], "big", signed=True)
    return Record(ident, name, score, delta), p + 4


def checksum(buf):
    s = 0
    for b in buf:
        s = (s * 31 + b) & 0xFFFF
    return s


def main():
    recs = [Record(1, "alice", 900, -3), Record(70000, "bøb", 12, 250), Record(3, "", 65535, -32768)]
    for i, a in enumerate(sys.argv[1:]):
        recs.append(Record(100 + i, a, len(a), -len(a)))
    body = b"".join([pack(r) for r in recs])
    blob = MAGIC + len(recs).to_bytes(2, "big") + checksum(body).to_bytes(2, "big") + body
    print(len(blob), blob[:16], blob.hex()[:48])
    assert blob[:4] == MAGIC
    count = int.from_bytes(blob[4:6], "big")
    want = int.from_bytes(blob[6:8], "big")
    print("records", count, "checksum ok", checksum(blob[8:]) == want)
    pos = 8
    for _ in range(count):
        r, pos = unpack(blob, pos)
        print(f"{r.ident:>6} {r.name!r:8} {r.score:5} {r.delta:+6}")
    try:
        Record(1, "x", 70000, 0).score.to_bytes(2, "big")
    except OverflowError as e:
        print("OverflowError:", e)


main()
