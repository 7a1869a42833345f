# check-stderr
# Python 3: IOError is OSError, and a failed open()/os call raises the subclass its errno names
# (FileNotFoundError, FileExistsError, NotADirectoryError, IsADirectoryError). rpy's binary raised
# a Python 2 IOError that `except OSError` did not catch, and `except FileExistsError` did not
# compile.
import os

PATH = "/tmp/rpy_os_error_classes_%d.txt" % os.getpid()


def main():
    try:
        open("/nonexistent-rpy/x")
    except OSError as e:
        print("caught", e.errno, type(e).__name__, e)
    with open(PATH, "w") as f:
        f.write("x")
    try:
        open(PATH, "x")
    except FileExistsError as e:
        print("caught", e.errno, type(e).__name__)
    try:
        open(PATH + "/below")
    except IOError as e:
        print("caught", e.errno, type(e).__name__, isinstance(e, NotADirectoryError))
    try:
        os.stat("/nonexistent-rpy")
    except FileNotFoundError as e:
        print("stat", e.errno, type(e).__name__)
    try:
        open("/tmp")
    except IsADirectoryError as e:
        print("dir", e.errno, type(e).__name__, e)
    os.remove(PATH)
    try:
        os.remove(PATH)
    except PermissionError:
        print("wrong class")
    except OSError as e:
        print("remove", e.errno, type(e).__name__)
    open("/nonexistent-rpy/y")  # uncaught: FileNotFoundError, status 1


main()
