# Python 3 text files read with universal newlines: "\r\n" and a lone "\r" read as "\n" by read(),
# read(n), readline(), readlines() and iteration, also where a "\r\n" is split by the end of the
# read buffer (64 KiB), and at the end of the file; binary mode keeps the bytes. Also open()'s
# mode checks ('rU' is invalid in Python 3.11) and mode 'x'. rpy used to keep "\r\n" and "\r".
import os

PATH = "/tmp/rpy_universal_newlines_%d.txt" % os.getpid()


def write_bytes(data):
    with open(PATH, "wb") as w:
        w.write(data)


def show(tag, text):
    print(tag, len(text), text.count("\n"), "\r" in text, repr(text[:40]), repr(text[-40:]))


def reads(data):
    write_bytes(data)
    with open(PATH) as f:
        show("read", f.read())
    with open(PATH, "r") as f:
        lines = f.readlines()
        print("readlines", len(lines), [len(x) for x in lines[:6]], repr(lines[-1][-12:]) if lines else None)
    with open(PATH, "rt") as f:
        n = 0
        last = ""
        for line in f:
            n += 1
            last = line
            if "\r" in line:
                print("odd line", repr(line))
        print("iterated", n, repr(last[-12:]))
    with open(PATH) as f:
        parts = []
        while True:
            p = f.read(7)
            if not p:
                break
            parts.append(p)
        show("read(7)", "".join(parts))
    with open(PATH) as f:
        count = 0
        while True:
            line = f.readline()
            if not line:
                break
            count += 1
        print("readline", count)
    with open(PATH, "rb") as f:
        b = f.read()
        print("binary", len(b), b.count(b"\r"), b.count(b"\n"))


def main():
    reads(b"a\r\nb\rc\nd\r\n\re\r")
    reads(b"one\r\n\r\n\r\r\n\n")
    reads(b"\r")
    reads(b"")
    # "\r\n" with the "\r" the last byte of the first 64 KiB: still one "\n"
    for pad in (65535, 65534, 65536, 131071):
        reads(b"x" * pad + b"\r\n" + b"tail\r\n" * 3 + b"end")
    # many short lines crossing the buffer boundaries
    reads("".join("line %d\r\n" % i if i % 3 else "line %d\r" % i for i in range(20000)).encode())
    for mode in ["rU", "U", "rw", "rr", "", "z", "r+", "tr"]:  # (a binary mode must be a constant in rpy)
        try:
            with open(PATH, mode) as f:
                print(repr(mode), "opened")
        except ValueError as e:
            print(repr(mode), "ValueError:", e)
    os.remove(PATH)
    with open(PATH, "x") as f:
        f.write("made\n")
    try:
        open(PATH, "x")
    except OSError as e:
        print("OSError", e.errno)
    with open(PATH) as f:
        print(repr(f.read()))
    os.remove(PATH)


main()
