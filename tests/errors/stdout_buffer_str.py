# sys.stdout.buffer.write takes bytes: a str is Python's TypeError, refused by name.
import sys

sys.stdout.buffer.write("text\n")
