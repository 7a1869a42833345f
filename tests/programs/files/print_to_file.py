# print(..., file=f) of a text file the program opened: the same text print writes to stdout
# (str() of each argument, sep, end; a '%' in them is text); e.strerror of an OSError is the
# system's text of its errno, not the whole message.
import os


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"({self.x}, {self.y})"


def main():
    path = "/tmp/_rpy_print_to_file.txt"
    with open(path, "w") as f:
        print("header", 1, 2.5, None, True, file=f)
        print(file=f)
        print("a", "b", sep="%", end="%\n", file=f, flush=True)
        print(Point(1, 2), [1, 2], (3,), {"k": 0.1}, sep=" | ", file=f)
        for i in range(3):
            print(i, end=" ", file=f)
        print(file=f)
    with open(path) as f:
        print(repr(f.read()))
    os.remove(path)
    for p in ("/nonexistent/x.txt", "/tmp"):
        try:
            open(p)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
            print(e)


main()
