# stdin-file: text_chars.txt
# sys.stdin is a Python 3 text file: read(n) and readline(n) count characters (rpy counted bytes
# and ignored readline's limit); readlines(None) reads them all.
import sys

print(repr(sys.stdin.read(2)), repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(7)), repr(sys.stdin.read(1)))
print(repr(sys.stdin.readline(-1)))
print(sys.stdin.readlines(None))
