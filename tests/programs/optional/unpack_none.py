# check-traceback
# Dict keys that may be None, sorting a list holding None (TypeError, caught), an f-string of a
# tuple that may be None, and unpacking it where it is None: Python 3's TypeError.
import sys

d = {}
k = None
for a in sys.argv:
    d[k] = len(a) > 0
    k = len(a) * 0 + 7
d[k] = False
print(len(d), None in d, d)
xs = [3, None, 1]
if len(sys.argv) > 3:
    xs = [1]
try:
    xs.sort()
except TypeError as e:
    print("TypeError:", e)
t = None
if len(sys.argv) > 3:
    t = (1, 2)
print(f"{t} and {k}")
a, b = t
print(a + b)
