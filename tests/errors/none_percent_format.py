# '%' formatting of a tuple that may be None (python3 formats the tuple's items, or None as the one
# argument) is not supported yet: refused with a message, never formatted as a tuple.
import sys

t = None
if len(sys.argv) > 2:
    t = (len(sys.argv), "x")
print("t = %s %s" % t)
