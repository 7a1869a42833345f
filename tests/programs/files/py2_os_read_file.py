# python2
import os, sys


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0777)
    parts = []
    while True:
        chunk = os.read(fd, 5)
        if not chunk:
            break
        parts.append(chunk)
    os.close(fd)
    return "".join(parts)


def entry_point(argv):
    text = read_file("data/input.txt")
    os.write(1, "read " + str(len(text)) + " bytes\n")
    for line in text.split("\n"):
        if line:
            os.write(1, "<" + line + ">\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
