# A Python 3 script registering an exit handler at module level (while rpy imports it): Python runs
# it at exit, after the last line the program prints, and so does the binary.
import atexit


def goodbye(name):
    print("goodbye", name)


atexit.register(goodbye, "world")
print("hello")
