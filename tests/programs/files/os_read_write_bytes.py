# args: {tmp}
# os.read gives bytes and os.write takes bytes in Python 3 (translated and at import time).
import os
import sys

path = os.path.join(sys.argv[1], "data.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
AT_IMPORT = os.write(fd, b"abc\x00\xff")
os.close(fd)
fd = os.open(path, os.O_RDONLY)
FIRST = os.read(fd, 2)
os.close(fd)


def main():
    print(AT_IMPORT, FIRST, FIRST[0])
    fd = os.open(path, os.O_RDONLY)
    data = os.read(fd, 100)
    os.close(fd)
    print(data, len(data), data[3], data[-1], data.hex())
    print(data == b"abc\x00\xff", data + b"!", data.upper())
    print(os.write(1, b"raw line\n"))
    fd = os.open(path, os.O_RDONLY)
    print(repr(os.read(fd, 0)), os.read(fd, 1).decode())
    os.close(fd)
    os.unlink(path)


main()
