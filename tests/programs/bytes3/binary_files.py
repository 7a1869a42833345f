# Files opened in binary mode by a Python 3 script: write() takes bytes and returns their count,
# read(), readline(), readlines() and iteration give bytes; text mode still gives str.
import os
import sys


def main():
    path = "bytes3_binary_files.tmp"
    payload = bytes(range(256)) + b"\nsecond line\r\nthird" + bytes([len(sys.argv)])
    with open(path, "wb") as fh:
        n = fh.write(payload)
        n += fh.write(b"")
    print("wrote", n)
    with open(path, "rb") as fh:
        data = fh.read()
    print(len(data), data == payload, data[:4], data[-6:])
    fh = open(path, "rb")
    head = fh.read(3)
    line = fh.readline()
    rest = fh.readlines()
    fh.close()
    print(head, len(line), line[-3:], rest)
    lines = []
    with open(path, "rb") as fh:
        for raw in fh:
            lines.append(raw[-4:])
    print(lines, [len(x) for x in lines])
    with open(path, mode="ab") as fh:
        fh.write("tail é".encode("utf-8"))
    with open(path, "rb") as fh:
        print(fh.read()[-8:].decode("utf-8", "replace"))
    with open(path, "w") as fh:
        fh.write("text mode\n")
    with open(path) as fh:
        print(repr(fh.read()))
    os.remove(path)


main()
