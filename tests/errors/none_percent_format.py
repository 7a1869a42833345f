# '%' formatting of an int that may be None (python3 prints None for %s, raises for %d) is not
# supported yet: refused with a message, never formatted as an int.
import sys

n = None
if len(sys.argv) > 2:
    n = len(sys.argv)
print("n = %s" % n)
