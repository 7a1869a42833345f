# stdin-file: rfile_stdio.input
# rpython.rlib.rfile: create_stdio and create_file (write, read, readline, seek, tell, close).
import os
from rpython.rlib.rfile import create_stdio, create_file


def entry_point(argv):
    stdin, stdout, stderr = create_stdio()
    first = stdin.readline()
    rest = stdin.read()
    stdout.write("first line: %s" % first)
    stdout.write("then %d more characters\n" % len(rest))
    path = "rfile_test_%d.tmp" % os.getpid()
    f = create_file(path, "w")
    f.write("alpha\nbeta\ngamma\n")
    f.close()
    g = create_file(path, "r")
    stdout.write(g.readline())
    stdout.write("at %d\n" % g.tell())
    g.seek(0)
    stdout.write(g.read(3) + "|" + g.readline(2) + "|" + g.read() + "end\n")
    g.close()
    try:
        g.read()
    except ValueError as e:
        stdout.write("closed: %s\n" % str(e))
    os.unlink(path)
    stdout.flush()
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
