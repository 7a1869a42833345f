# len() of a tuple that may be None: refused (the tuple's size is known statically, and Python
# raises TypeError for None), rather than printing the size.
import sys

t = None
if len(sys.argv) > 2:
    t = (1, 2)
print(len(t))
