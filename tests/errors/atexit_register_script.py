# A Python 3 script registering an exit handler at module level: Python runs it at exit, after
# the last line the program prints; rpy cannot, so it refuses rather than drop the handler.
import atexit


def goodbye(name):
    print("goodbye", name)


atexit.register(goodbye, "world")
print("hello")
