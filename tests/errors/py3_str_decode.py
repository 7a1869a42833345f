# Python 3's str has no decode() (bytes do): AttributeError in Python, refused by rpy.
import sys

name = sys.argv[0]
print(name.decode("utf-8"))
