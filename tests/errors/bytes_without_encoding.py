# Python 3: bytes(a_str) needs an encoding.
import sys

print(bytes(sys.argv[0]))
