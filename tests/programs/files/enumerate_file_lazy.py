# enumerate(f, 1) and zip() of a file read its lines as the loop goes (enumerate of a file was
# refused: "it would read all the lines at once"): a loop left early leaves the rest to read.
import os
import sys


def main():
    path = "/tmp/rpy_enumerate_file_lazy_%d.txt" % os.getpid()
    with open(path, "w") as f:
        for i in range(6):
            f.write("line %d\n" % i)
    with open(path) as f:
        for n, line in enumerate(f, 1):
            print(n, line.rstrip())
            if n == 2:
                break
        print("rest:", f.readline().rstrip(), len(f.read().splitlines()))
    with open(path) as f:
        for tag, line in zip("abc", f):
            print(tag, line.rstrip())
        e = enumerate(f)
        print(next(e))
    os.remove(path)
    return 0


sys.exit(main())
