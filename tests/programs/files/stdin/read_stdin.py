# python2
# stdin-file: read_stdin.txt
import os, sys


def read_all(fd):
    chunks = []
    while True:
        data = os.read(fd, 7)
        if not data:
            break
        chunks.append(data)
    return "".join(chunks)


def entry_point(argv):
    text = read_all(0)
    lines = text.split("\n")
    os.write(1, "bytes: " + str(len(text)) + "\n")
    os.write(1, "lines: " + str(len(lines)) + "\n")
    for i in range(len(lines)):
        os.write(1, str(i) + ": " + str(len(lines[i].split())) + " words [" + lines[i].upper() + "]\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
