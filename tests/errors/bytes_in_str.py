# Python 3: `str in bytes` raises TypeError (a bytes-like object is required).
import sys

data = b"GET / HTTP/1.0"
print("GET" in data, len(sys.argv))
