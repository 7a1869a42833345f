# bytes % values with a format computed at run time: rpy's limit, said so.
import sys

fmt = b"%d-" * len(sys.argv)
print(fmt % tuple([1] * len(sys.argv)))
