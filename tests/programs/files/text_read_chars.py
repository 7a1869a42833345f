# A Python 3 text file's read(n) and readline(n) count characters, not bytes: "héllo" read 2 then
# 3 gives 'hé' 'llo' (rpy used to return 'h\xc3' and a broken rest); also a character split
# across the 64 KiB read buffer, readline(n) limits (rpy ignored n), readlines(hint), "\r\n"
# inside a limited read, binary mode still counting bytes, and invalid UTF-8 in a text read
# (UnicodeDecodeError).
import os

PATH = "/tmp/rpy_text_read_chars_%d.txt" % os.getpid()


def write_bytes(data):
    with open(PATH, "wb") as w:
        w.write(data)


def main():
    write_bytes("héllo wörld\nline2 €\n𝄞x\r\nlast".encode("utf-8"))
    with open(PATH) as f:
        print(repr(f.read(2)), repr(f.read(3)))
        print(repr(f.readline(4)), repr(f.readline(0)), repr(f.readline(100)))
        print(repr(f.read(1)), repr(f.readline(-1)))
        print(repr(f.read(2)), repr(f.read(1)), repr(f.readline(2)), repr(f.read(0)))
        print(repr(f.read(10)), repr(f.read(5)), repr(f.readline(3)))
    with open(PATH) as f:
        n = 0
        chars = []
        while True:
            c = f.read(1)
            if not c:
                break
            n += 1
            chars.append(c)
        print(n, "".join(chars) == open(PATH).read())
    with open(PATH) as f:
        print(f.readlines(3))
        print(f.readlines(0))
    with open(PATH) as f:
        print(f.readlines(12))
    with open(PATH, "rb") as f:
        print(f.read(2), f.read(3), f.readline(4), f.readline(100), f.readlines(1))
    # A character split by the end of the read buffer: 65535 ASCII bytes, then a 3-byte one.
    write_bytes(b"a" * 65535 + "€€ü\n".encode("utf-8") + b"z" * 10)
    with open(PATH) as f:
        head = f.read(65534)
        print(len(head), repr(f.read(2)), repr(f.read(1)), repr(f.readline(5)), repr(f.read(3)))
    with open(PATH) as f:
        f.read(65530)
        print(repr(f.read(7)), repr(f.readline()), len(f.read()))
    with open(PATH) as f:
        f.readline(65535)
        print(repr(f.readline(1)), repr(f.readline(2)))
    # Invalid UTF-8: python3 refuses to decode it.
    write_bytes(b"ok\xff\xfe rest\n")
    for n in [-1, 5]:
        try:
            with open(PATH) as f:
                print("read", repr(f.read(n)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError", e)
    try:
        with open(PATH) as f:
            for line in f:
                print("line", repr(line))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    with open(PATH, "rb") as f:
        print(f.read(4))
    os.remove(PATH)


main()
