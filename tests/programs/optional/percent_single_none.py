# '%' with one value that may be None on the right (not a tuple): Python formats it as the one
# argument either way, so %s and %r print None and a numeric conversion raises TypeError with
# Python's message (rpy refused the whole format before).
import sys

n = None
if len(sys.argv) > 2:
    n = len(sys.argv)
print("n = %s" % n)
print("n = %r" % n)
print("n = [%5s]" % n)
m = 3 if len(sys.argv) < 5 else None
print("m = %s" % m)
print("m = %d" % m)
try:
    print("n = %d" % n)
except TypeError as e:
    print("TypeError:", e)
try:
    print("n = %x" % n)
except TypeError as e:
    print("TypeError:", e)
xs = [1, 2] if len(sys.argv) < 5 else None
ys = [1, 2] if len(sys.argv) > 5 else None
print("xs = %s," % xs)
print("ys = %s," % ys)
f = 2.5 if len(sys.argv) > 5 else None
try:
    print("f = %.2f" % f)
except TypeError as e:
    print("TypeError:", e)
word = "abc" if len(sys.argv) < 5 else None
none = "abc" if len(sys.argv) > 5 else None
print("word %s / %r / [%-6s]" % (word, word, word))
print("none %s" % none)
print("none %r" % none)
print("word %s" % word)
