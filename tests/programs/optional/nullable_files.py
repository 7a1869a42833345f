# check-stderr
# A file that may be None (f = None on one path, open() on another): each method looked up on None
# raises AttributeError with Python's message, before its arguments run; iterating it raises
# TypeError; `with` of a context manager that may be None (a file or an instance) raises Python
# 3.11's TypeError. rpy's binary used to raise an uncaught TypeError "file".
import os
import sys

PATH = "/tmp/rpy_nullable_files_%d.txt" % os.getpid()


def opened(flag, mode):
    f = None
    if flag:
        if mode == "w":
            f = open(PATH, "w")
        else:
            f = open(PATH, "r")
    return f


def opened_binary(flag):
    b = None
    if flag:
        b = open(PATH, "rb")
    return b


def arg(tag):
    print("arg", tag)
    return tag


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, a, b, c):
        print("exit")
        return False


def manager(flag):
    m = None
    if flag:
        m = Manager()
    return m


def calls(flag):
    w = opened(flag, "w")
    try:
        w.write(arg("written\n"))
        print("write ok")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        w.flush()
        w.close()
        print("close ok")
    except AttributeError as e:
        print("AttributeError:", e)
    f = opened(flag, "r")
    for name in ["read", "readline", "readlines", "seek", "tell", "fileno", "close"]:
        try:
            if name == "read":
                print(repr(f.read(len(arg("12")))))
            elif name == "readline":
                print(repr(f.readline()))
            elif name == "readlines":
                print(f.readlines())
            elif name == "seek":
                f.seek(0)
            elif name == "tell":
                print(f.tell())
            elif name == "fileno":
                print(f.fileno() > 2)
            else:
                f.close()
            print(name, "ok")
        except AttributeError as e:
            print("AttributeError:", e)
    g = opened(flag, "r")
    try:
        for line in g:
            print(repr(line))
    except TypeError as e:
        print("TypeError:", e)
    b = opened_binary(flag)
    try:
        print(b.read())
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        with opened(flag, "r") as h:
            print("with", repr(h.read()))
    except TypeError as e:
        print("TypeError:", e)
    try:
        with manager(flag):
            print("body")
    except TypeError as e:
        print("TypeError:", e)


def main():
    calls(len(sys.argv) > 5)
    calls(True)
    calls(False)
    os.remove(PATH)
    w = opened(len(sys.argv) > 5, "w")
    w.write("never")  # uncaught: the traceback's last line, and status 1


main()
